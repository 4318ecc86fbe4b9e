# Keyword arguments of builtins and methods: print's sep/end, sorted's key/reverse, split's maxsplit.
# entry: run
def run(words, n):
    print("a", "b", sep="-", end="!\n")
    print(n, end="")
    print()
    ordered = sorted(words, key=len, reverse=True)
    parts = " ".join(words).split(" ", maxsplit=1)
    return [ordered, parts, round(n / 7, ndigits=2), max(words, key=len, default="none") if words else "none"]
