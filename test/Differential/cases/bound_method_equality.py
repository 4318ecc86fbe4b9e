# `==` / `!=` / `in` of bound methods: CPython compares the receivers by identity and the
# method; lists, dicts, sets, patterns and matches have identity pyctl models, and methods of
# different names differ whatever their receivers.
# entry: main
import re

def main(xs, d, n):
    ys = xs
    zs = list(xs)
    r = []
    r.append(xs.append == ys.append)
    r.append(xs.append == zs.append)
    r.append(xs.append != ys.append)
    r.append(xs.append != zs.append)
    r.append(xs.append == xs.pop)
    r.append(d.get == d.get)
    r.append(d.get == d.keys)
    r.append(d.get == xs.append)
    r.append(d.get == 5)
    r.append(d.get == len)
    r.append(d.get != None)
    r.append([d.get] == [d.get])
    r.append(d.get in [xs.append, d.get])
    r.append([xs.count, d.get].index(d.get))
    s = {1, 2}
    r.append(s.add == s.add)
    r.append(s.add == set(s).add)
    p = re.compile("a")
    r.append(p.search == p.search)
    r.append(p.search == p.match)
    mt = p.match("a")
    if mt:
        r.append(mt.group == mt.group)
        r.append(mt.group == mt.span)
    r.append(n.bit_length == xs.count)
    r.append(xs.count == xs.index)
    r.append(True.bit_length == True.bit_length)
    r.append(True.bit_length != False.bit_length)
    r.append(n.bit_length == True.bit_length)
    return r
