# `s += e` and `s = s + e` where s is shared with a nested function (a cell) or is a global:
# every other holder of the str appended to keeps its text.
# entry: main
acc = ""


def main(a, b):
    global acc
    c = a

    def grow(x):
        nonlocal c
        c += x
        return c

    kept = c
    grow(b)
    grow("é")
    seen = grow("")
    acc = a
    g = acc
    acc += b
    acc = acc + "!"
    return c, kept, seen, acc, g
