# An entry function with a `*args` parameter: invocations pass positional arguments, which the
# trace IR cannot collect into a tuple. Refused before any call, at the def.
# RUN: not pyctl --trace %s --inputs %S/Inputs/one.jsonl -o %t.json 2>&1 | FileCheck %s
# RUN: not test -e %t.json
# CHECK: {{.*}}unsupported-entry-varargs.py:[[@LINE+3]]:1: error: unsupported construct: an entry function with a '*args' parameter
# CHECK-NEXT: {{^}}def main(*args):{{$}}
# CHECK-NEXT: {{^}}^
def main(*args):
    return len(args)
