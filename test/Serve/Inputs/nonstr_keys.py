# Results with dict keys that are not strs: json.dumps writes them as "1", "0.5", "true", "null",
# "Infinity". Compiled code answers them as the interpreter does (docs/serve.md), except when two
# keys are written alike ({1: "a", "1": "b"}: json.dumps repeats the name), which falls back.
def main(args):
    n = args.get("n", 0)
    k = args.get("k", "int")
    if k == "int":
        return {"pair": (n, n + 1), "byk": {n: "x", -n - 1: [n]}}
    if k == "float":
        return {"f": {n / 2: 1, 1e16 * n: 2, float("-inf"): 3, -0.0: 4}}
    if k == "bool":
        return {"b": {n > 0: "yes", None: "none", "é": {n: None}}}
    return {"c": {n: "a", str(n): "b"}}
