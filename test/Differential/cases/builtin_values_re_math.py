# Bound methods of re.Pattern and re.Match objects, math functions and builtins held in a list,
# and a bound str.split used as a map function.
# entry: main
import re
import math
def main(text, pat, k):
    p = re.compile(pat)
    find = p.search
    m = find(text)
    out = [m.group() if m else None]
    grp = m.group if m else str.upper
    out.append(grp(0) if m else grp(text))
    fa = p.findall
    out.append(fa(text))
    f = math.sqrt
    out.append(f(k))
    fs = [abs, round, str]
    for fn in fs:
        out.append(fn(-k))
    sp = text.split
    out.append(list(map(sp, [None, "a"])))
    return out
