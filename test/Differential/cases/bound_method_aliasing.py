# Bound methods keep their receiver (a str appended to later, a list rebound later), builtins
# called through variables with keywords, list.sort with a key bound to the emptied list.
# entry: main
def main(s, xs, k):
    out = []
    p = print
    p("hi", s, sep="|")
    conv = int
    out.append(conv("ff", base=16))
    up = s.upper
    s += "c"
    out.append(up())
    out.append(s)
    ys = list(xs)
    push = ys.append
    ys = []
    push(1)
    out.append(ys)
    srt = sorted
    out.append(srt(xs, reverse=True))
    t = True.bit_length
    out.append(t())
    ix = xs.index
    out.append(sorted(xs, key=ix))
    cnt = xs.count
    xs.sort(key=xs.count)
    out.append(xs)
    m = max
    out.append(m(xs, default=k))
    g = {"a": 1}.get
    out.append(g(k, "dflt"))
    out.append(g(k, default=0) if False else 0)
    return out
