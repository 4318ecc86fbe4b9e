# len, indexing and slicing of strs built by appends (which pyctl indexes incrementally):
# ASCII text that turns non-ASCII, every position around the 32-code-point strides of the
# index, negative indexes, slices with steps, and an alias taken before more appends.
# entry: main
def main(first, piece, n):
    s = first
    for i in range(n):
        s += piece
        s = s + str(i % 10)
    alias = s
    s += "Ω"
    out = []
    for i in range(len(s)):
        out.append(s[i])
    back = [s[-k] for k in range(1, len(s) + 1)]
    mids = [s[i:i + 3] for i in range(0, len(s), 7)]
    return (len(s), len(alias), "".join(out) == s, "".join(back) == s[::-1], mids,
            s[::5], s[-40:], s[31:34], s[32:65], alias[-3:], s[len(s) // 2])
