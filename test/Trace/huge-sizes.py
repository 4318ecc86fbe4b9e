# A width, fill count, precision, indent or shift count whose result CPython cannot allocate
# (MemoryError, which depends on the host) is refused before anything is allocated
# (include/pyctl/Runtime/BuildLimits.h): never an abort, never another exception. Past the
# sizes CPython itself rejects, its exact ValueError or OverflowError is raised.
# RUN: echo '["zfill", 4611686018427387904]' > %t.zfill.jsonl
# RUN: not pyctl --trace %S/../Differential/cases/huge_size_errors.py --inputs %t.zfill.jsonl -o %t.json 2>&1 | FileCheck --check-prefix=ZFILL %s
# ZFILL: error: unsupported: str.zfill() result too large to build
# RUN: echo '["ljust", 1000000000000000]' > %t.ljust.jsonl
# RUN: not pyctl --trace %S/../Differential/cases/huge_size_errors.py --inputs %t.ljust.jsonl -o %t.json 2>&1 | FileCheck --check-prefix=LJUST %s
# LJUST: error: unsupported: str.ljust() result too large to build
# RUN: echo '["fstr", 1000000000000000]' > %t.fstr.jsonl
# RUN: not pyctl --trace %S/../Differential/cases/huge_size_errors.py --inputs %t.fstr.jsonl -o %t.json 2>&1 | FileCheck --check-prefix=FSTR %s
# FSTR: error: unsupported: a value padded to its format width too large to build
# RUN: echo '["pstar", -9223372036854775808]' > %t.pstar.jsonl
# RUN: not pyctl --trace %S/../Differential/cases/huge_size_errors.py --inputs %t.pstar.jsonl -o %t.json 2>&1 | FileCheck --check-prefix=PSTAR %s
# PSTAR: error: unsupported: a value padded to a '*' width too large to build
# RUN: echo '["plit", 9223372036854775807]' > %t.plit.jsonl
# RUN: not pyctl --trace %S/../Differential/cases/huge_size_errors.py --inputs %t.plit.jsonl -o %t.json 2>&1 | FileCheck --check-prefix=PLIT %s
# PLIT: error: unsupported: a value padded to its width too large to build
# RUN: echo '["prec", 2147483647]' > %t.prec.jsonl
# RUN: not pyctl --trace %S/../Differential/cases/huge_size_errors.py --inputs %t.prec.jsonl -o %t.json 2>&1 | FileCheck --check-prefix=PREC %s
# PREC: error: unsupported: a float format precision past 1048576
# RUN: echo '["jsonl", 4611686018427387904]' > %t.jsonl.jsonl
# RUN: not pyctl --trace %S/../Differential/cases/huge_size_errors.py --inputs %t.jsonl.jsonl -o %t.json 2>&1 | FileCheck --check-prefix=JSONL %s
# JSONL: error: unsupported: json.dumps indent too large to build
# RUN: echo '["shl", 10000000000000000000]' > %t.shl.jsonl
# RUN: not pyctl --trace %S/../Differential/cases/huge_size_errors.py --inputs %t.shl.jsonl -o %t.json 2>&1 | FileCheck --check-prefix=SHL %s
# SHL: error: unsupported: int << int result too large to build
# RUN: echo '["rep", 4611686018427387904]' > %t.rep.jsonl
# RUN: not pyctl --trace %S/../Differential/cases/huge_size_errors.py --inputs %t.rep.jsonl -o %t.json 2>&1 | FileCheck --check-prefix=REP %s
# REP: error: unsupported: repeated sequence too large to build

# CPython's own errors, and a str's json.dumps that never builds its indent.
# RUN: printf '["fstr", 9223372036854775808]\n["plit", 9223372036854775808]\n["prec", 2147483648]\n["pprec", 2147483648]\n["shl", 70000000000000000000]\n["json", 4611686018427387904]\n["zfill", 9223372036854775808]\n' > %t.exact.jsonl
# RUN: pyctl --trace %S/../Differential/cases/huge_size_errors.py --inputs %t.exact.jsonl -o %t.exact.json | FileCheck --check-prefix=EXACT %s
# EXACT: "json": "ValueError: Too many decimal digits in format string"
# EXACT: "json": "ValueError: width too big"
# EXACT: "json": "ValueError: precision too big"
# EXACT: "json": "ValueError: precision too big"
# EXACT: "json": "OverflowError: too many digits in integer"
# EXACT: "json": "\"x\""
# EXACT: "json": "OverflowError: Python int too large to convert to C ssize_t"
# The program is the differential case huge_size_errors.py (test/Differential/cases).
