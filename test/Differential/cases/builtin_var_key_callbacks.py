# User functions and lambdas as the key of sorted, min, max and list.sort held in variables:
# each call of the key is recorded in the call's callback label, as for a direct call. One
# call site meets a lambda, a def, a closure, None and a builtin as its key.
# entry: main
def neg(x):
    return -x

def main(xs, words, mode):
    s = sorted
    big = max if mode > 0 else min
    r = []
    r.append(s(xs, key=lambda x: (x % 3, x)))
    r.append(s(words, key=len, reverse=True))
    scale = mode

    def scaled(x):
        return x * scale

    keys = [neg, None, scaled, abs, lambda x: x]
    for k in keys:
        r.append(s(xs, key=k))
        if xs:
            r.append(big(xs, key=k))
    if words:
        r.append(big(words, default="", key=lambda w: (len(w), w)))
    ys = list(xs)
    srt = ys.sort
    srt(key=neg, reverse=mode < 0)
    r.append(ys)
    return r
