#!/usr/bin/env python3
"""Write the every-code-point test table of the str methods casefold, istitle and isidentifier,
from CPython 3.11's own methods.

For every code point c but the surrogates (which compiled code's Rust strings cannot hold):
  casefold   [c, chr(c).casefold()] for each c whose casefold differs from chr(c) (every other
             code point must fold to itself)
  flags      two hex digits per code point (surrogates "00"), bit i set when the text
             CONTEXTS[i] with c put in for "{}" gives True for its method
Usage: python3 utils/gen_str_codepoint_cases.py OUT.json
The build writes it into the build tree (test/CMakeLists.txt, PYCTL_STR_CODEPOINT_CASES); the
GoogleTest StrCodePointTest and the runtime crate's tests/str_codepoint_cases.rs read it (cargo
test alone runs this script for a copy of its own).
"""
import json
import sys

# (method, text): istitle meets each character alone, after an uppercase and a lowercase letter,
# and before a lowercase and an uppercase letter; isidentifier as the first and a later character.
CONTEXTS = [("istitle", "{}"), ("istitle", "A{}"), ("istitle", "a{}"), ("istitle", "{}a"),
            ("istitle", "{}A"), ("isidentifier", "{}"), ("isidentifier", "a{}")]


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_str_codepoint_cases.py: run with Python 3.11 (found %d.%d)" % sys.version_info[:2])
    if len(sys.argv) != 2:
        sys.exit("usage: gen_str_codepoint_cases.py OUT.json")
    casefold, flags = [], []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            flags.append("00")
            continue
        c = chr(cp)
        if c.casefold() != c:
            casefold.append([cp, c.casefold()])
        bits = 0
        for i, (method, text) in enumerate(CONTEXTS):
            if getattr(text.format(c), method)():
                bits |= 1 << i
        flags.append("%02x" % bits)
    table = {"contexts": [[m, t] for m, t in CONTEXTS], "casefold": casefold, "flags": "".join(flags)}
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(table, f, ensure_ascii=False)
    print("%s: %d casefold entries, %d code points" % (sys.argv[1], len(casefold), len(flags)))


if __name__ == "__main__":
    main()
