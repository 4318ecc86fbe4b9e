# entry: main
# fallback-ok: compiled code falls back on a '**' key that is not a str (CPython's str.format ignores it)
# CPython's str.format takes the merged `**` dict as it is, so keys that are not strs are
# ignored there (every other builtin and method raises "keywords must be strings"); a repeated
# key still raises when the dicts are merged.


def main(x, d):
    m = dict(d)
    m[1] = "one"
    m[(2, "é")] = None
    text = "{a}-{}".format(x, **m)
    try:
        "{}".format(x, **{1: 2}, **{True: 3})
    except TypeError as e:
        text += " " + str(e)
    try:
        print(x, **{1: 2})
    except TypeError as e:
        text += " " + str(e)
    return text
