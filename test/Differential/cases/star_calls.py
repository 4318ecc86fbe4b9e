# entry: main
# `*iterable` in calls of builtins and methods, with keywords after them.

def main(a, b):
    printed = print(*a, *b, sep="-")
    biggest = max(*a, *b)
    parts = "-".join([*a]).split(*["-"])
    return [printed, biggest, parts, tuple([*a, *b])]
