# An OpenWhisk action: main(args) takes the parameter dict and returns a dict, using module-level
# constants and helper functions. Edge inputs: an empty dict, missing and null fields, empty and
# non-ASCII strs, zero, negative and huge numbers, nested lists and dicts; a field of the wrong
# type raises as in CPython.
# entry: main
GREETING = "Hello"
LIMITS = {"min": -100, "max": 100}
UNITS = ("b", "kb", "mb")

def clamp(n):
    return max(LIMITS["min"], min(LIMITS["max"], n))

def human(size):
    i = 0
    while size >= 1024 and i < len(UNITS) - 1:
        size //= 1024
        i += 1
    return f"{size}{UNITS[i]}"

def main(args):
    name = args.get("name") or "stranger"
    n = args.get("n", 0)
    tags = args.get("tags", [])
    result = {"greeting": f"{GREETING}, {name}!", "clamped": clamp(n), "size": human(abs(n))}
    result["tags"] = sorted(dict.fromkeys([t.lower() for t in tags]))
    result["count"] = len(tags)
    if "nested" in args:
        result["keys"] = list(args["nested"])
    result["echo"] = args
    return result
