# An OpenWhisk-style action for the pyctl serve tests: main(args) -> dict.
# Paths: n below 0 loops forever (gas and timeout tests), n == 7 raises
# ZeroDivisionError, n above 10 takes a branch the early calls never trace.


def squares(n):
    total = 0
    i = 0
    while i < n:
        total += i * i
        i += 1
    return total


def main(args):
    n = args["n"]
    if n < 0:
        while True:
            n += 1
    label = "small"
    if n > 10:
        label = "big"
    print("n =", n)
    return {"n": n, "label": label, "total": squares(n), "ratio": 100 // (n - 7),
            "tags": [label, str(n)], "pair": (n, -n)}
