# Escapes in an f-string's format spec are decoded like the rest of the literal: an en dash or a
# tab as the fill character, also around nested fields and in a nested f-string.
# entry: main
def main(x, w):
    return [f"{x:\u2013^9}", f"{x:\t>4}|", f"{x:\u2013^{w}}", f"{f'{x}':\x2a^7}"]
