# A plain positional entry with module-level constants and helpers, called with edge values:
# zero, negative, huge, empty and non-ASCII arguments.
# entry: score
WEIGHTS = [3, 2, 1]
BONUS = 10

def weight(i):
    return WEIGHTS[i % len(WEIGHTS)]

def score(word, base, factor):
    total = base
    for i, c in enumerate(word):
        total += weight(i) * (ord(c) % 7)
    if word.isupper():
        total += BONUS
    return total * factor, len(word), word[::-1]
