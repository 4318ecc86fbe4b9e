# entry: main
# User functions as key= of sorted, list.sort, min and max: called once per item, in order
# (visible through print), then a stable sort by the keys; ties and reverse=True keep the order.

def noisy_len(s):
    print("key", s)
    return len(s)


def last(pair):
    return pair[-1]


def main(words, reverse):
    by_len = sorted(words, key=noisy_len, reverse=reverse)
    pairs = [[w, len(w) % 2] for w in words]
    pairs.sort(key=last, reverse=reverse)
    shortest = min(words, key=noisy_len, default="none")
    longest = max(words, key=lambda w: len(w))
    seen = []

    def peek(w):
        seen.append(len(words))
        return w[::-1]
    words.sort(key=peek)
    nested = sorted([[3, 1], [2]], key=lambda xs: sorted(xs, key=lambda x: -x))
    counts = {"b": 2, "a": 2, "c": len(words)}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [by_len, pairs, shortest, longest, words, seen, nested, ranked]
