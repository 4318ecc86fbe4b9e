# The functions utils/bench/strings.py times: building a str by appending in a loop (`s += t`
# and `s = s + t`) and indexing a long non-ASCII str by position.


def bench(kind, n):
    if kind == "append":
        # s += t, the left str referenced only by s
        s = ""
        for _ in range(n):
            s += "x"
        return len(s)
    if kind == "concat":
        # s = s + t, non-ASCII
        s = "é"
        for _ in range(n):
            s = s + "ü"
        return len(s)
    if kind == "index":
        # s[i] on a non-ASCII str of n code points
        s = "aé" * (n // 2)
        total = 0
        for i in range(len(s)):
            total += ord(s[i])
        return total
    return None
