# entry: main
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
# json.loads errors: JSONDecodeError is a ValueError (caught by `except ValueError`), with
# CPython's messages and line/column/char positions counted in code points; `except
# json.JSONDecodeError` catches it too.
import json


def main(text, how):
    if how == "value":
        try:
            return json.loads(text)
        except ValueError as e:
            return ["ValueError", str(e), repr(e)]
    if how == "exception":
        try:
            return json.loads(text)
        except Exception as e:
            return ["Exception", str(e)]
    if how == "json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as e:
            return ["JSONDecodeError", str(e)]
        except ValueError:
            return "not reached"
    if how == "tuple":
        try:
            return json.loads(text)
        except (KeyError, ValueError) as e:
            print(e)
            return "caught"
    return json.loads(text)
