#!/usr/bin/env python3
"""Generate the regex engine test table from CPython's own `re`.

Writes the table to the path given (the build writes build/test/regex_cases.json; the table is
generated, not kept in the repository), read by the C++ engine's GoogleTest
(test/unittests/RegexTest.cpp) and the Rust engine's cargo tests (runtime/rust/src/re_module.rs):

  {"cases": [{"pattern", "string", "groups", "search", "match", "fullmatch", "findall",
              "split", "sub", "subg", "searchrepr", "searchgroups", "groupdict", "subn",
              "finditer"}, ...],
   "refused": [pattern, ...]}

search/match/fullmatch are m.regs (the span of every group) as a list of [start, end] pairs
(null for no match); searchrepr is repr(re.search(p, s)) ('None' or the Match's repr),
searchgroups and groupdict that match's m.groups() and m.groupdict() (null for no match); findall
and split are the results as JSON (tuples as lists, None as null); sub is
re.sub(p, r"<\\g<0>>", s), subg re.sub(p, r"[\\1]", s) for patterns with groups (else null);
subn is the count of re.subn(p, r"<\\g<0>>", s), finditer the m.regs of each match re.finditer
gives.
"refused" lists patterns pyctl refuses although CPython accepts them (or rejects them with a
message pyctl does not reproduce). Usage: python3 utils/gen_regex_cases.py OUT.json (CPython
3.11; the output is the same on every run).
"""
import json
import pathlib
import re
import sys

PATTERNS = [
    "", "a", "abc", "a.c", ".", ".*", ".+", "a*", "a+", "a?", "a*?", "a+?", "a??", "x*",
    "a{2}", "a{2,}", "a{,2}", "a{1,3}", "a{1,3}?", "a{", "a{x}", "a{}", "a{,}", "{", "}",
    "[abc]", "[^abc]", "[a-c]+", "[]a]", "[^]a]", "[a-]", "[-a]", "[\\]]", "[\\d.]+", "[^\\w]",
    "[\\s,]+", "[\\-x]", "[.]", "[\\n]", "[\\b]",
    "\\d", "\\d+", "\\D+", "\\w+", "\\W+", "\\s+", "\\S+", "\\s*,\\s*", "\\.", "\\$", "\\\\",
    "\\x41", "\\u00e9", "\\t", "\\n",
    "(a)", "(a)(b)?", "(a|b)+", "(?:ab)+", "(a)|(b)", "(?P<key>\\w+)=(?P<val>[^;]*)", "((a)b)",
    "(a*)b", "(a+)+b", "(?:a|ab)c", "a|ab", "ab|a", "(ab|a)(bc|c)?", "(x)*", "(?:(a)|b)*",
    "(a)?b", "(\\w+)@(\\w+)\\.com", "(\\d+)-(\\d+)", "(?:)", "(?:a|)", "a|", "|a",
    "^", "$", "^a", "a$", "^$", "\\A", "\\Z", "a\\Z", "\\Aa", "\\b", "\\B", "\\bfoo\\b",
    "\\Bo\\B", "\\b\\w+\\b", "^\\s*$", "(?:^|,)x", "x(?:$|,)",
    "[\\w.+-]+@[\\w-]+\\.[\\w.]+", "-?\\d+(?:\\.\\d+)?", "\\s*;\\s*", "é+", "日本", "[٠-٩]+",
    "(a|b)*?c", ".*?x", "(.*)(\\d+)", "(.*?)(\\d+)", "a.*b", "a.*?b", "(?:a{2})*", "(?:a*)*b",
    "(?:a?)*", "(?:a|b)*", "[a-z]*\\d{2,3}", "\\w*", "\\W*", "(?:,|;)+",
    "(a|ab)(c|bcd)(d*)", "(?:a+?)+?b", "(a+?)(b*?)", "[^\\n]+", "$\\n?", "\\n$", "(\\w)(\\w)?",
    "(?P<first>\\w)(?P<rest>\\w*)", "(?:(\\d)|(\\w))+", "a{0}", "(?:ab){1,2}?", "x?$",
    "\\b\\B", "[\\W\\d]", "[^\\s\\d]+", "\\S+?\\s", "(?:x|y|)z?", "[-]", "[a\\-z]",
    # Repeats whose body can match empty: sre ends the repetition after an empty iteration past
    # the minimum and tries the continuation before the body's other alternatives.
    "(?:a?|[ab])+", "(?:b*|.)+", "(?:a|)+?b", "(?:a?)+?a", "(?:|a)*", "(?:a*|b)*?$", "(?:a?){2,3}b",
    "(?:a?){2,3}?", "(?:\\b|a)+", "(a)(?:x?|a)*",
]

# (pattern, flags) pairs pyctl refuses: LOCALE, TEMPLATE, DEBUG, unknown bits, ASCII with
# UNICODE (CPython: ValueError), characters outside the BMP under re.IGNORECASE.
REFUSED_FLAGS = [["a", 4], ["a", 1], ["a", 128], ["a", 512], ["a", 288], ["(?a)a", 32], ["(?u)a", 256],
                 ["\U00010400", 2], ["[\U00010400-\U00010428]", 2], ["x|\U00010400", 3]]

STRINGS = ["", "a", "aa", "abc", "aaab", "xaxx", "abxd", "ab ac", "foo bar_baz 42",
           "a=1; b = two;c=", "x@y.com, bad@, a.b+c@d-e.org", " 1, 2 ,3,,4 ", "-12.5 and 7",
           "é日本 ٣٤ x", "line\n", "a\nb\n", "ab\nab", "aaa", "cabc", "[a]-{b}", "tab\there",
           "A\u00e9é", "12-34 5-6", "abcabc", ",x,yx,", "__init__ 3rd", "  ", "\n\n", "abcd", "x\ny\n", "²³ ٣x", "ab-cd ab"]

REFUSED = [
    "(a)\\1", "(?=a)", "(?!a)", "(?<=a)b", "(?<!a)b", "a(?i)", "(?#c)a", "(?L)a", "(?t)a",
    "(?au)a", "(?-a:a)", "(?i-i:a)", "(?i", "(?i-)", "(?q)", "(?i)\U00010400", "(?i:[\U00010400])", "a*+", "a++", "(?>a)",
    "(?P<n>a)(?P=n)", "\\N{DIGIT ONE}", "\\0", "\\1", "[[a]", "[a--b]", "[a&&b]", "(?(1)a|b)",
    "(a*)*", "(a?)+", "(|a)*", "(?P<é>a)", "*a", "a**", "(", ")", "[a", "\\q", "[z-a]", "a{3,2}",
    "^*", "\\b+", "a{99999}", "(?P<a>x)(?P<a>y)", "[\\d-z]",
]


# Patterns run with each of FLAGS on each of FLAG_STRINGS ("flagcases"): re.IGNORECASE in Unicode
# and ASCII mode with the characters sre folds specially, MULTILINE, DOTALL, VERBOSE, ASCII, inline
# global flags and scoped flags; plus m.lastindex / m.lastgroup and p.flags / repr(p).
FLAG_PATTERNS = [
    "a", "k", "K", "s", "S", "ſ", "i", "I", "İ", "ı", "\u212a", "ß", "ẞ", "µ", "μ", "Σ", "σ", "ς",
    "é", "É", "st", "[a-z]+", "[A-Z]+", "[k]", "[^k]", "[^a-z]+", "[s-t]", "[\\w]+", "[\u0100-\u024f]+",
    "[À-ÿ]+", "[ſ]", "[ı-ſ]", "[\u1e00-\u1eff]", "[Σ-σ]", "[\\d\\s]+", "\\w+", "\\W+", "\\d+", "\\s+",
    "\\b\\w+\\b", "\\B", "^", "$", "^\\w+$", "^.*$", ".+", "a.b", "(?i)k", "(?m)^s", "(?s).+", "(?a)\\w+",
    "(?x) s  +  # x", "(?i:s)S", "s(?i:s)", "(?-i:s)s", "(?a:\\w)\\w", "(?s:.).", "(?m:$)", "(?x: a b )c",
    "(?u)\\w", "(?i)(?m)^k", "(?ims)^K.", "(k)|(s)", "(?P<x>k)(?P<y>s)?", "((k)s)", "(?:(k)|s)+",
    "(?P<a>a)|(?P<b>b)", "(a)(b)(c)?", "x* ", "\\ \\#", "[ #]", "a{1, 2}", "a {2}", "k|s|\u212a",
]
FLAGS = [0, re.I, re.M, re.S, re.X, re.A, re.I | re.A, re.I | re.M | re.S, re.U | re.I]
FLAG_STRINGS = ["", "a", "A", "k", "K", "\u212a", "s", "S", "ſ", "i", "I", "İ", "ı", "ß", "ẞ",
                "µ Μ μ", "σςΣ", "éÉ", "st ST ſt", "Kelvin\nkK\u212a\nsſS\n", "a\nb\n", "\n",
                "x  ab", "aab c", "ǅǄǆ", "ÀÿŸ", "a b#c", "abc", "kss", "x \u1e9e\u00df\u1e9b"]


def flagcases():
    out = []
    for p in FLAG_PATTERNS:
        for f in FLAGS:
            try:
                rx = re.compile(p, f)
            except (re.error, ValueError):
                continue
            for s in FLAG_STRINGS:
                m = rx.search(s)
                out.append({
                    "pattern": p, "flags": int(f), "string": s, "pflags": rx.flags, "repr": repr(rx),
                    "search": regs(m), "match": regs(rx.match(s)), "fullmatch": regs(rx.fullmatch(s)),
                    "findall": jsonable(rx.findall(s)), "sub": rx.sub("<\\g<0>>", s),
                    "lastindex": None if m is None else m.lastindex,
                    "lastgroup": None if m is None else m.lastgroup,
                })
    return out


def regs(m):
    return None if m is None else [list(r) for r in m.regs]


def jsonable(v):
    if isinstance(v, tuple):
        return [jsonable(x) for x in v]
    if isinstance(v, list):
        return [jsonable(x) for x in v]
    return v


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11")
    cases = []
    for p in PATTERNS:
        rx = re.compile(p)
        for s in STRINGS:
            m = re.search(p, s)
            cases.append({
                "pattern": p, "string": s, "groups": rx.groups,
                "search": regs(re.search(p, s)), "match": regs(re.match(p, s)),
                "fullmatch": regs(re.fullmatch(p, s)),
                "findall": jsonable(re.findall(p, s)), "split": jsonable(re.split(p, s)),
                "sub": re.sub(p, r"<\g<0>>", s),
                "subg": re.sub(p, r"[\1]", s) if rx.groups else None,
                "searchrepr": repr(m), "searchgroups": None if m is None else jsonable(m.groups()),
                "groupdict": None if m is None else m.groupdict(),
                "subn": re.subn(p, r"<\g<0>>", s)[1],
                "finditer": [regs(f) for f in re.finditer(p, s)],
                "lastindex": None if m is None else m.lastindex,
                "lastgroup": None if m is None else m.lastgroup,
            })
    if len(sys.argv) != 2:
        sys.exit("usage: gen_regex_cases.py OUT.json")
    out = pathlib.Path(sys.argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    # One case per line, so that a regenerated table diffs case by case.
    lines = ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases)
    flag_cases = flagcases()
    flag_lines = ",\n".join(json.dumps(c, ensure_ascii=False) for c in flag_cases)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text('{"cases": [\n' + lines + '\n],\n"flagcases": [\n' + flag_lines + '\n],\n"refused": ' +
                   json.dumps(REFUSED, ensure_ascii=False) + ',\n"refusedflags": ' +
                   json.dumps(REFUSED_FLAGS) + "}\n", encoding="utf-8")
    tmp.replace(out)
    print(f"{len(cases)} cases, {len(flag_cases)} flag cases, {len(REFUSED)} refused patterns -> {out}")


if __name__ == "__main__":
    main()
