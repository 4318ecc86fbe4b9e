# entry: main
# m.lastindex and m.lastgroup: the group that closed last on the matching path (the outer group of
# nested ones, the taken branch of an alternation, the last iteration of a repeat), None when no
# group took part or the pattern has none; lastgroup is None for an unnamed last group. Matches
# from search, match, fullmatch, finditer and patterns with flags.
import re

TOKEN = re.compile(r"(?P<num>\d+)|(?P<word>[a-z]+)|(?P<op>[-+*/])|(\s+)", re.I)


def main(text):
    out = []
    for m in TOKEN.finditer(text):
        out.append((m.lastindex, m.lastgroup, m.group()))
    cases = [r"(a)(b)?", r"((a)b)", r"(?:(a)|b)+", r"(?P<x>a)|(b)", r"a", r"(a)?x", r"(?P<o>(?P<i>a))",
             r"(?:(a)|(b))*", r"(a)(?:x|(b))", r"(?i)(?P<k>k)+"]
    for p in cases:
        m = re.search(p, text)
        out.append(None if m is None else [m.lastindex, m.lastgroup, m.span()])
    f = re.fullmatch(r"(\w)+", text)
    out.append(f and (f.lastindex, f.lastgroup))
    return out
