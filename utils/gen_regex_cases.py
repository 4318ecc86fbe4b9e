#!/usr/bin/env python3
"""Generate the regex engine test table from CPython's own `re`.

Writes test/unittests/Inputs/regex_cases.json, read by the C++ engine's GoogleTest
(test/unittests/RegexTest.cpp) and the Rust engine's cargo tests (runtime/rust/src/regex.rs):

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
message pyctl does not reproduce). Usage: python3 utils/gen_regex_cases.py (CPython 3.11).
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
]

STRINGS = ["", "a", "aa", "abc", "aaab", "xaxx", "abxd", "ab ac", "foo bar_baz 42",
           "a=1; b = two;c=", "x@y.com, bad@, a.b+c@d-e.org", " 1, 2 ,3,,4 ", "-12.5 and 7",
           "é日本 ٣٤ x", "line\n", "a\nb\n", "ab\nab", "aaa", "cabc", "[a]-{b}", "tab\there",
           "A\u00e9é", "12-34 5-6", "abcabc", ",x,yx,", "__init__ 3rd", "  ", "\n\n", "abcd", "x\ny\n", "²³ ٣x", "ab-cd ab"]

REFUSED = [
    "(a)\\1", "(?=a)", "(?!a)", "(?<=a)b", "(?<!a)b", "(?i)a", "(?#c)a", "a*+", "a++", "(?>a)",
    "(?P<n>a)(?P=n)", "\\N{DIGIT ONE}", "\\0", "\\1", "[[a]", "[a--b]", "[a&&b]", "(?(1)a|b)",
    "(a*)*", "(a?)+", "(|a)*", "(?P<é>a)", "*a", "a**", "(", ")", "[a", "\\q", "[z-a]", "a{3,2}",
    "^*", "\\b+", "a{99999}", "(?P<a>x)(?P<a>y)", "[\\d-z]",
]


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
            })
    out = pathlib.Path(__file__).resolve().parent.parent / "test/unittests/Inputs/regex_cases.json"
    # One case per line, so that a regenerated table diffs case by case.
    lines = ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases)
    out.write_text('{"cases": [\n' + lines + '\n],\n"refused": ' +
                   json.dumps(REFUSED, ensure_ascii=False) + "}\n", encoding="utf-8")
    print(f"{len(cases)} cases, {len(REFUSED)} refused patterns -> {out}")


if __name__ == "__main__":
    main()
