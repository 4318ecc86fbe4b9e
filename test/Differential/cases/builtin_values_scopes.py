# Builtins held in module-level names, in closure cells and in default values.
# entry: main
f = len
n = f("abc")
def main(xs, k):
    h = abs if k else str
    def inner(v):
        return h(v)
    def dflt(v, conv=float):
        return conv(v)
    out = [n, inner(-2), dflt(k)]
    total = sum
    out.append(total(xs))
    return out
