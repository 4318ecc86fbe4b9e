#!/usr/bin/env python3
"""Generate the str case-method test table from CPython's own methods.

Writes runtime/rust/tests/str_method_cases.json, read by runtime/rust/tests/str_method_cases.rs
(the runtime crate's `cargo test`): {"cases": [{"recv": S, M: S.M(), ...}, ...]} for the
methods M lower, upper, capitalize, title, swapcase, splitlines. The receivers are seeded random
strings drawn from every cased, case-ignorable and line-break character class Python 3.11 knows
(sampled across all planes), Greek capital sigmas in every context, and hand-picked words.
Usage: python3 utils/gen_str_method_cases.py (CPython 3.11).
"""
import pathlib
import random
import sys

from case_table import write_cases

OUT = pathlib.Path(__file__).resolve().parent.parent / "runtime" / "rust" / "tests" / "str_method_cases.json"
METHODS = ["lower", "upper", "capitalize", "title", "swapcase", "splitlines"]
HAND = ["", "a", "hello world", "HELLO wORLD", "o'neil's 3rd-place", "ǆemal", "ǅ Ǆ ǆ", "straße", "ﬁx ﬂ",
        "İstanbul", "ΑΣ", "ΑΣ.Α", "Σ", "ΣΑ", "A'Σ'", "ὈΔΥΣΣΕΎΣ", "ΌΣΟΣ ΣΑΣ", "a\r\nb\rc\nd\x0be\x1cf\u2028g\x85",
        "\n\n", "x\r", "ŉ", "ΐ", "ᾳ ᾼ", "ǰ", "日本語テキスト", "𐐨𐐀 𞤢𞤀", "ⓐⒶ", "ʰa", "Aʰ", "A\u0345Σ", "\u0301Σ"]


def pool():
    chars = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if c.lower() != c or c.upper() != c or c.title() != c or c.islower() or c.isupper() or \
                ("A" + c + "\u03a3").lower()[-1] == "\u03c2" or c.splitlines() != [c]:
            chars.append(c)
    return chars


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_str_method_cases.py: run with Python 3.11 (found %d.%d)" % sys.version_info[:2])
    rng = random.Random(1)
    special = pool()
    plain = list("abcXYZ '.-_:0 9\t\n\r") + ["\u03a3", "\u03a3", "é", "日"]
    texts = list(HAND)
    rng.shuffle(special)
    for i in range(0, len(special), 6):  # each special character once, among sigmas and letters
        texts.append("A" + "\u03a3".join(special[i:i + 6]) + rng.choice(["\u03a3", "", " x"]))
    for _ in range(1500):
        texts.append("".join(rng.choice(special) if rng.random() < 0.5 else rng.choice(plain)
                             for _ in range(rng.randint(1, 8))))
    cases = [dict([("recv", t)] + [(m, getattr(t, m)()) for m in METHODS]) for t in texts]
    write_cases(OUT, cases)


if __name__ == "__main__":
    main()
