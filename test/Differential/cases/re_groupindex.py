# entry: main
# p.groupindex where CPython's read-only mappingproxy acts as the dict pyctl gives: subscripted,
# `in` / `not in`, len / dict / sorted / list, a for loop or comprehension, .get / .items / .keys /
# .values; a pattern without named groups; an unknown name.
import re

P = re.compile(r"(?P<key>\w+)=(?P<val>\d*)(x)?")


def main(name):
    out = [P.groupindex["key"], name in P.groupindex, name not in P.groupindex, len(P.groupindex),
           dict(P.groupindex), sorted(P.groupindex), list(P.groupindex), P.groupindex.get(name),
           P.groupindex.get(name, -1), list(P.groupindex.items()), list(P.groupindex.keys()),
           list(P.groupindex.values()), [k for k in re.compile(name).groupindex]]
    for k in P.groupindex:
        out.append(k)
    if name in P.groupindex:
        out.append(P.groupindex[name])
    return out
