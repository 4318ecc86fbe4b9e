# entry: main
# fallback-ok: caught exceptions fall back in compiled code (docs/language.md)
# `raise X from C` calls the class C with no arguments: JSONDecodeError needs three, so CPython
# raises TypeError in place of X (QA8b F2); the builtin classes construct.
import json


def main(s, mode):
    try:
        json.loads(s)
        cls = ValueError
    except ValueError as e:
        cls = type(e)
    causes = [cls, KeyError, UnicodeError, None]
    try:
        raise KeyError("a") from causes[mode]
    except Exception as e2:
        return type(e2).__name__, str(e2)
