# CPython's TabError: indentation compared with tab size 8 and tab size 1 must agree at the start
# of every logical line (Parser/tokenizer.c). tree-sitter accepts these programs.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: not pyctl -passes=anf %S/Inputs/tab-error-dedent.py 2>&1 | FileCheck --check-prefix=DEDENT %s
# RUN: not pyctl -passes=anf %S/Inputs/tab-error-same-level.py 2>&1 | FileCheck --check-prefix=SAME %s
# RUN: not pyctl -passes=anf %S/Inputs/unindent-mismatch.py 2>&1 | FileCheck --check-prefix=UNINDENT %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/one.jsonl -o %t.json 2>&1 | FileCheck %s
# DEDENT: {{.*}}tab-error-dedent.py:5:1: error: inconsistent use of tabs and spaces in indentation
# SAME: {{.*}}tab-error-same-level.py:4:1: error: inconsistent use of tabs and spaces in indentation
# UNINDENT: {{.*}}unindent-mismatch.py:4:1: error: unindent does not match any outer indentation level
# UNINDENT-NEXT: {{^}}  return 2{{$}}

# An indent larger with tab size 8 (8 > 4) but not with tab size 1 (1 <= 4).
# CHECK: {{.*}}tab-error.py:[[@LINE+5]]:1: error: inconsistent use of tabs and spaces in indentation
# CHECK-NEXT: {{^}}{{ +}}return 1{{$}}
# CHECK-NEXT: {{^}}^
def main(x):
    if x:
	return 1
    return 2
