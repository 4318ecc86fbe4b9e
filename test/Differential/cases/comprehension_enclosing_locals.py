# entry: main
# Comprehensions reading locals of the enclosing function that are surely assigned there.
def main(xs, flag):
    if flag:
        k = 1
    else:
        k = -2
    a = [x * k for x in xs]
    for y in xs:
        t = y
        a.append([t + z + y for z in xs if z != t])
    d = {str(x): [w for w in xs if w != x] for x in xs}
    m = [[y * k for y in xs] for _ in xs[:2]]
    return [a, d, m]
