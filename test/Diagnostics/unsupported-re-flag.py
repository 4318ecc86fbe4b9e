# re flags are read only in the flags argument of an re function, where CPython's RegexFlag acts as
# the int it equals; anywhere else (its str and repr are 're.IGNORECASE', not '2') they are
# diagnosed, and so are the flags pyctl does not model (re.LOCALE, re.DEBUG, re.TEMPLATE).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: not pyctl -passes=anf %S/Inputs/re-flag-locale.py 2>&1 | FileCheck --check-prefix=LOCALE %s

# CHECK: {{.*}}unsupported-re-flag.py:[[@LINE+8]]:16: error: unsupported construct: 're.IGNORECASE' other than in the flags argument of an re function (a RegexFlag is not an int)
# CHECK-NEXT: {{^}}    return str(IGNORECASE), findall("a", s, IGNORECASE | re.M){{$}}
# CHECK-NEXT: {{^}}               ^~~~~~~~~~{{$}}
# LOCALE: {{.*}}re-flag-locale.py:4:31: error: unsupported construct: 're.LOCALE'
import re
from re import findall, IGNORECASE

def main(s):
    return str(IGNORECASE), findall("a", s, IGNORECASE | re.M)
