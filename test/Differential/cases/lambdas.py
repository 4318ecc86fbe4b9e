# Lambdas are closures like defs; a user function as a builtin's key= runs untraced.
# entry: run
# fallback-ok: compiled code falls back on builtins called with keyword arguments
def run(words, k):
    by_len = sorted(words, key=lambda w: (len(w), w))
    scale = lambda v: v * k
    k = k + 1
    adders = [scale(1), (lambda a, b: a - b)(k, 1)]
    longest = max(words, key=lambda w: len(w)) if words else None
    return [by_len, adders, longest]
