# entry: main
# fallback-ok: compiled code does not implement '**' in dict displays yet (it falls back)
# `**mapping` in dict displays: items merged in order, a later key overwriting the value but
# keeping the first position; a non-mapping raises TypeError.

def main(d1, d2, k):
    merged = {**d1, "k": k, **d2}
    again = {"z": 0, **merged, "z": 1}
    empty = {**{}}
    return [merged, again, empty, list(merged)]
