# `==` of bound methods of ints, strs, floats and tuples: the evaluator compares their
# receivers as `is` does (small ints are one object; equal strs or tuples built separately are
# refused, so the inputs avoid them). Compiled code does not tell these receivers' identity.
# fallback-ok: compiled code falls back on the identity of int, str and tuple receivers
# entry: main
def main(n, s, t):
    tt = tuple(t)
    u = tt
    r = []
    r.append(n.bit_length == n.bit_length)
    r.append(s.split == s.split)
    r.append(s.split == s.strip)
    r.append(tt.count == u.count)
    r.append(tt.count != u.index)
    return r
