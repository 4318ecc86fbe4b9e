# Patterns and arguments outside pyctl's re subset stop the evaluator with an unsupported-operation
# error naming them (CPython answers or raises re.error there; pyctl does not guess).
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry backref -o %t.1.json 2>&1 | FileCheck --check-prefix=BACKREF %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry lookahead -o %t.2.json 2>&1 | FileCheck --check-prefix=LOOK %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry inline_flag -o %t.3.json 2>&1 | FileCheck --check-prefix=FLAG %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry function_repl -o %t.4.json 2>&1 | FileCheck --check-prefix=REPL %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry invalid -o %t.5.json 2>&1 | FileCheck --check-prefix=INVALID %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry flags -o %t.6.json 2>&1 | FileCheck --check-prefix=FLAGS %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry costly -o %t.7.json 2>&1 | FileCheck --check-prefix=COSTLY %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry search_flags -o %t.8.json 2>&1 | FileCheck --check-prefix=SEARCHFLAGS %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry expand -o %t.9.json 2>&1 | FileCheck --check-prefix=EXPAND %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry lastindex -o %t.10.json 2>&1 | FileCheck --check-prefix=LASTINDEX %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry tuple_group -o %t.11.json 2>&1 | FileCheck --check-prefix=TUPLE %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry bound_method -o %t.14.json 2>&1 | FileCheck --check-prefix=BOUND %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry key_error_args -o %t.15.json 2>&1 | FileCheck --check-prefix=KEYARGS %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry non_bmp_ignorecase -o %t.16.json 2>&1 | FileCheck --check-prefix=NONBMP %s

# BACKREF: error: unsupported: re: backreferences and octal escapes
# LOOK: error: unsupported: re: lookahead assertions
# FLAG: error: unsupported: re: invalid pattern (global flags not at the start of the expression)
# REPL: error: unsupported: re.sub with a {{.*}} repl (only str templates are supported)
# INVALID: error: unsupported: re: invalid pattern (missing ), unterminated subpattern)
# Flags pyctl does not model: re.LOCALE (4, CPython's ValueError for str patterns), re.TEMPLATE
# (1, True), re.DEBUG, unknown bits, and characters outside the BMP under re.IGNORECASE.
# FLAGS: error: unsupported: re.findall with flags other than re.IGNORECASE, re.MULTILINE, re.DOTALL, re.VERBOSE, re.ASCII, re.UNICODE
# COSTLY: error: unsupported: re: matching took too many steps for pyctl's engine
# SEARCHFLAGS: error: unsupported: re.match with flags other than
# Methods and attributes of re.Match that pyctl lacks stop it; they never raise AttributeError.
# EXPAND: error: unsupported: method re.Match.expand
# LASTINDEX: error: unsupported: method re.Match.lastindex
# TUPLE: error: unsupported: a tuple as the group of a match
# Attribute reads pyctl does not model: a method as a value, and e.args of a KeyError the runtime
# raised (the key survives only as its repr). (p.groupindex outside the reads where CPython's
# mappingproxy acts as a dict: test/Diagnostics/unsupported-re-groupindex.py.)
# BOUND: error: unsupported: repr of a bound method
# NONBMP: error: unsupported: re: a character outside the BMP under re.IGNORECASE
# KEYARGS: error: unsupported: e.args of a KeyError the runtime raised (its argument is gone)
import re


def backref(n):
    return re.findall(r"(a)\1", "aa")


def lookahead(n):
    return re.split(r"(?=,)", "a,b")


def inline_flag(n):
    return re.sub(r"a(?i)", "b", "A")


def function_repl(n):
    return re.sub(r"a", len, "a")


def invalid(n):
    return re.findall("(a", "a")


def flags(n):
    return re.findall("a", "A", 4)


def costly(n):
    return re.findall(r"(?:a|a)*b", "a" * 40)


def search_flags(n):
    return re.match("a", "A", flags=True)


def expand(n):
    return re.match("(a)", "a").expand(r"\1")


def lastindex(n):
    try:
        return re.match("(a)", "a").lastindex()
    except AttributeError:
        return "wrong: CPython has m.lastindex"


def tuple_group(n):
    return re.match("(a)", "a").group((1,))


def bound_method(n):
    return re.match("a", "a").groups


def key_error_args(n):
    try:
        return {}["k"]
    except KeyError as e:
        return e.args


def non_bmp_ignorecase(n):
    return re.findall("\U00010400", "\U00010428", re.I)
