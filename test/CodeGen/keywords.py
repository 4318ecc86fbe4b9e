# Keyword arguments CPython 3.11 accepts: print's sep/end/flush, sorted/list.sort's key (a builtin)
# and reverse (stable: equal keys keep their order), min/max's key and default, round's ndigits,
# sum's start, dict(**kw), d.update(**kw), split/rsplit's sep/maxsplit. Expected lines computed
# with python3 3.11. A user function as key= would run untraced code: it falls back.
# RUN: pyctl --trace %s --inputs %S/Inputs/keywords.jsonl -o %t.json > /dev/null
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/keywords.jsonl | FileCheck %s

# CHECK:      {"repr": "{{[[][[]}}'ccc', 'bb', 'dd', 'a'], ['dd', 'ccc', 'bb', 'a'], ['a', 'bb', 'dd', 'ccc'], {{[[][[]}}'a', 'bb dd ccc'], ['a bb dd', 'ccc'], ['a', 'bb', 'dd', 'ccc']], ['ccc', 'a', 3], {'words': 4, 'n': -3, 'extra': True}, [0.43, 4, 6]]", "stdout": "a-b!\n3\n", "json": {{[[][[]}}"ccc", "bb", "dd", "a"], ["dd", "ccc", "bb", "a"], ["a", "bb", "dd", "ccc"], {{[[][[]}}"a", "bb dd ccc"], ["a bb dd", "ccc"], ["a", "bb", "dd", "ccc"]], ["ccc", "a", 3], {"words": 4, "n": -3, "extra": true}, [0.43, 4, 6]]}
# CHECK-NEXT: {"repr": "{{[[][[]}}], [], [], {{[[][[]}}], [''], ['']], ['none', None, -2], {'words': 0, 'n': 2, 'extra': True}, [-0.29, -3, 1]]", "stdout": "a-b!\n-2\n", "json": {{[[][[]}}], [], [], {{[[][[]}}], [""], [""]], ["none", null, -2], {"words": 0, "n": 2, "extra": true}, [-0.29, -3, 1]]}
# CHECK-NEXT: {"repr": "{{[[][[]}}'zz', 'é', 'Z', 'Ä'], ['Z', 'zz', 'Ä', 'é'], ['é', 'Z', 'Ä', 'zz'], {{[[][[]}}'é', 'Z Ä zz'], ['é Z Ä', 'zz'], ['é', 'Z', 'Ä', 'zz']], ['zz', 'Z', 0], {'words': 4, 'n': 0, 'extra': True}, [0.0, 0, 3]]", "stdout": "a-b!\n0\n", "json": {{[[][[]}}"zz", "é", "Z", "Ä"], ["Z", "zz", "Ä", "é"], ["é", "Z", "Ä", "zz"], {{[[][[]}}"é", "Z Ä zz"], ["é Z Ä", "zz"], ["é", "Z", "Ä", "zz"]], ["zz", "Z", 0], {"words": 4, "n": 0, "extra": true}, [0.0, 0, 3]]}
# CHECK-NEXT: {"repr": "{{[[][[]}}'x', 'y'], ['y', 'x'], ['x', 'y'], {{[[][[]}}'x', 'y'], ['x', 'y'], ['x', 'y']], ['x', 'x', 2.5], {'words': 2, 'n': -2.5, 'extra': True}, [0.36, 4, 5.5]]", "stdout": "a-b!\n2.5\n", "json": {{[[][[]}}"x", "y"], ["y", "x"], ["x", "y"], {{[[][[]}}"x", "y"], ["x", "y"], ["x", "y"]], ["x", "x", 2.5], {"words": 2, "n": -2.5, "extra": true}, [0.36, 4, 5.5]]}


def main(words, n):
    print("a", "b", sep="-", end="!\n")
    print(n, end="", flush=True)
    print(sep=None)
    by_len = sorted(words, key=len, reverse=True)
    ordered = sorted(words, reverse=n > 0)
    words.sort(key=len)
    text = " ".join(words)
    parts = [text.split(maxsplit=1), text.rsplit(" ", maxsplit=1), text.split(sep=" ")]
    extremes = [max(words, key=len, default="none"), min(words, default=None), max([n, -n, 0], key=abs)]
    config = dict(words=len(words), n=n)
    config.update({"n": -n}, extra=True)
    numbers = [round(n / 7, ndigits=2), round(number=n * 1.5), sum([1, 2], start=n)]
    return [by_len, ordered, words, parts, extremes, config, numbers]
