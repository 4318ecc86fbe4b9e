#!/usr/bin/env python3
"""Generate the json.loads test table from CPython's own `json`.

Writes test/unittests/Inputs/json_decode_cases.json, read by test/unittests/JSONDecodeTest.cpp:

  {"cases": [{"text": T, "repr": repr(json.loads(T))}                 when T parses,
             {"text": T, "error": str(e), "msg": e.msg, "pos": e.pos}  when it raises
                                                                      JSONDecodeError, ...]}

The texts are hand-picked malformed and well-formed documents plus seeded random mutations of
well-formed ones (insertions of structural characters, escapes, control characters, non-ASCII
characters; deletions; truncations). Texts holding lone surrogate characters are left out (the
table is read with nlohmann::json, which refuses them); escaped ones (\\ud800) are kept.
Usage: python3 utils/gen_json_decode_cases.py (CPython 3.11).
"""
import json
import pathlib
import random

HAND_PICKED = [
    "", " ", "{bad", "[1, 2,]", "tru", "1 2", '{"a" 1}', '"\\x41"', "-", '"\t"', "01", "[1",
    '{"a":1,}', '"abc', "nul", "[1,,2]", '"\\ud800\\u"', "\n\n  x", "{", "[", "]", "}", '"',
    '"\\', '"\\u', '"\\u12', '"\\u1234', '"\\u1234"', '"\\u12x4"', '"\\ud800\\udc00"',
    '"\\ud800\\udc0"', '"\\ud800\\u12x4"', '"\\ud800\\udc00', '"\\ud800\\udc00x', '"\\ud800x"',
    '"\\ud800\\n"', '"\\udc00\\ud800"', "\ufeff[]", "\ufeff", "[\ufeff]", '{"a"', '{"a":',
    '{"a":1', '{"a":1 "b":2}', '{1: 2}', "{'a': 1}", "[1 2]", "[1,]", "[,]", "[]]", "[][]",
    "{}}", "NaN", "-NaN", "Infinity", "-Infinity", "-Inf", "Infinityx", "nan", "inf",
    "1.", ".5", "1.e5", "1e", "1e+", "1E-2", "-0", "-01", "00", "0x10", "1_000", "+1", "--1",
    "1.5.", "2e3.5", "\u0661", "true false", "truex", "nullnull", "[null, tru]", "[\"a\\q\"]",
    '"é', '"é\\x"', 'é', '["é", x]', '"😀" x', "[\"😀\", \"\\u00e9\", 1}", "\r\n\t[1]\r\n\t",
    "\n\n[\n1,\n2\n,]", "[1]\n\nx", "x\ny", "[\"a\"\n\"b\"]", '"a\x00b"', '"\x1f"', '"\x7f"',
    '{"a": [1, {"b": [2, 3}]}', '{"a": 1, "a": 2}', "123456789012345678901234567890",
    "1e400", "-1e400", "[1e-400]", '"\\/\\b\\f\\n\\r\\t\\"\\\\"', "[true, false, null]",
]

BASE = ['{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00"], "b": {}}', "[1, 2]",
        '"abc"', '{"k": "v"}', "-0.5e+3", "NaN", "-Infinity", '"\\ud800\\udc00"', '"é\\n"',
        "[[], {}]", '{"x": {"y": [1, "z"]}}']
ALPHABET = list('{}[]":,\\/ unftrelasNIn0123456789.eE+-abx\t\n\r\x00\x1féü😀') + [
    "\\u", "\\ud800", "\\udc00", "true", "null", '"', "\ufeff"]


def mutations(count, seed=1):
    rng = random.Random(seed)
    for _ in range(count):
        s = rng.choice(BASE)
        for _ in range(rng.randint(1, 3)):
            op, i = rng.random(), rng.randint(0, len(s))
            if op < 0.4:
                s = s[:i] + rng.choice(ALPHABET) + s[i:]
            elif op < 0.7:
                s = s[:i] + s[i + rng.randint(1, 3):]
            else:
                s = s[:i]
        yield s


def main():
    cases, seen = [], set()
    for text in HAND_PICKED + list(mutations(700)):
        if text in seen or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
            continue
        seen.add(text)
        try:
            cases.append({"text": text, "repr": repr(json.loads(text))})
        except json.JSONDecodeError as e:
            cases.append({"text": text, "error": str(e), "msg": e.msg, "pos": e.pos})
    out = pathlib.Path(__file__).resolve().parent.parent / "test/unittests/Inputs/json_decode_cases.json"
    lines = ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases)
    out.write_text('{"cases": [\n' + lines + "\n]}\n", encoding="utf-8")
    print(f"{len(cases)} cases -> {out}")


if __name__ == "__main__":
    main()
