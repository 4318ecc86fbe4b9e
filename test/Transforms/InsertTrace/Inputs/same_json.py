#!/usr/bin/env python3
"""Compares two tracers' outputs as parsed JSON (text formatting may differ).

    same_json.py trace A.json B.json   the trace files agree on entry, params, invocations, trace
    same_json.py lines A.jsonl B.jsonl  the result lines agree, line by line

Exit status 0 when they agree; otherwise 1, naming the first difference.
"""
import json
import sys


def first_difference(a, b, path="$"):
    """The JSON path of the first place where a and b differ, or None."""
    if type(a) is not type(b):
        return path
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return "%s.%s" % (path, key)
            found = first_difference(a[key], b[key], "%s.%s" % (path, key))
            if found:
                return found
        return None
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, "%s[%d]" % (path, i))
            if found:
                return found
        return None if len(a) == len(b) else "%s[%d]" % (path, min(len(a), len(b)))
    return None if a == b else path


def main():
    mode, left, right = sys.argv[1:4]
    with open(left, encoding="utf-8") as f:
        a = f.read()
    with open(right, encoding="utf-8") as f:
        b = f.read()
    if mode == "trace":
        a, b = json.loads(a), json.loads(b)
        a = {k: a.get(k) for k in ("entry", "params", "invocations", "trace")}
        b = {k: b.get(k) for k in ("entry", "params", "invocations", "trace")}
    else:
        a = [json.loads(line) for line in a.splitlines() if line.strip()]
        b = [json.loads(line) for line in b.splitlines() if line.strip()]
    where = first_difference(a, b)
    if where:
        print("%s and %s differ at %s" % (left, right, where))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
