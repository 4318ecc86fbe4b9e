# entry: main
# `*iterable` in list and tuple displays: items spread in order, each iterable unpacked when it
# is reached (a later call cannot change it).

def grow(xs):
    xs.append(len(xs))
    return xs[-1]


def main(a, b, text):
    joined = [*a, *b]
    mixed = (*a, 0, *text)
    ranged = [*range(len(a)), *"ab", *{"k": 1}]
    order = [*a, grow(a), *a]
    words = " ".join([*text, *text])
    return [joined, mixed, ranged, order, words, len([*a])]
