# entry: main
def main(n):
    seen = []
    i = 0
    while (lambda: i)() < n:
        i += 1
        seen.append(i)
    fs = []
    k = 0
    while len(fs) < 2 and (fs.append(lambda: k) or True):
        k += 1
    out = [fs[0] is fs[1], fs[0](), fs[1]()] if len(fs) == 2 else [len(fs)]
    j = 0
    while (lambda d=j: d)() < n:
        j += 1
        if j == 2:
            continue
    return [seen, out, j]
