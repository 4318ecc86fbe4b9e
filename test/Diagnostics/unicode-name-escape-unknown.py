# A `\N{NAME}` escape whose name CPython 3.11 does not know is its SyntaxError, with its message
# (positions count in the literal's body, each non-ASCII character as 10 bytes, as CPython's
# parser hands it to the codec) at its location: the token after the literal (or its
# concatenation), here the end of the line (columns count bytes, as pyctl's diagnostics do;
# CPython counts characters). Hangul syllables and CJK unified ideographs must be
# spelled exactly; named sequences are no `\N` names; an f-string format spec with `\N` is
# unsupported (tree-sitter-python reads its braces as a field).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: not pyctl -passes=anf %S/Inputs/unicode-name-malformed.py 2>&1 | FileCheck --check-prefix=MALFORMED %s
# RUN: not pyctl -passes=anf %S/Inputs/unicode-name-hangul-case.py 2>&1 | FileCheck --check-prefix=HANGUL %s
# RUN: not pyctl -passes=anf %S/Inputs/unicode-name-sequence.py 2>&1 | FileCheck --check-prefix=SEQUENCE %s
# RUN: not pyctl -passes=anf %S/Inputs/unicode-name-fstring-spec.py 2>&1 | FileCheck --check-prefix=SPEC %s
# MALFORMED: unicode-name-malformed.py:2:20: error: syntax error: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: malformed \N character escape
# HANGUL: unicode-name-hangul-case.py:1:30: error: syntax error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: unknown Unicode character name
# SEQUENCE: unicode-name-sequence.py:1:55: error: syntax error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-47: unknown Unicode character name
# SPEC: unicode-name-fstring-spec.py:2:12: error: unsupported construct: \N{...} escape in an f-string's format spec

def f(x):
    # CHECK: {{.*}}unicode-name-escape-unknown.py:[[@LINE+2]]:41: error: syntax error: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-30: unknown Unicode character name
    # CHECK-NEXT: {{^}}    return x + "é\N{NO SUCH CHARACTER}"{{$}}
    return x + "é\N{NO SUCH CHARACTER}"
