# entry: main
# fallback-ok: calls nested deeper than TracePruning's MaxCallDepth (96) are not compiled (rustc would overflow its stack), so 150 and 300 fall back
# Recursion about 300 calls deep: its trace nests thousands of JSON levels, which the checker
# (utils/differential.py) must read and compare.


def rec(n):
    if n == 0:
        return 0
    return 1 + rec(n - 1)


def main(n):
    return rec(n)
