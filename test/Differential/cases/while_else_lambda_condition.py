# A lambda in a `while` condition is made anew each time the condition runs, and the `else`
# clause runs when the condition fails, not after a `break`; a `break` or `continue` in the
# `else` clause belongs to the enclosing loop.
# entry: main
def main(n, stop):
    out = []
    i = 0
    while (lambda: i)() < n:
        i += 1
        if i == stop:
            break
    else:
        out.append('else')
    out.append(i)
    fs = []
    j = 0
    while (lambda k=j: k < n)():
        fs.append(lambda: j)
        j += 1
    else:
        out.append([f() for f in fs])
    for rounds in range(3):
        m = 0
        while (lambda: m < rounds)():
            m += 1
            if m == stop:
                break
        else:
            if rounds == 1:
                continue
            if rounds == stop:
                break
            out.append(('else', rounds, m))
        out.append(('after', rounds, m))
    else:
        out.append('for-else')
    return out
