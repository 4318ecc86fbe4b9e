# entry: main
# fallback-ok: compiled code falls back ("unknown: path never traced") past about 60-100 nested calls of this trace; under investigation, never a wrong answer
# Recursion about 300 calls deep: its trace nests thousands of JSON levels, which the checker
# (utils/differential.py) must read and compare.


def rec(n):
    if n == 0:
        return 0
    return 1 + rec(n - 1)


def main(n):
    return rec(n)
