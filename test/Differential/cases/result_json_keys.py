# entry: main
# Results with int, float, bool and None dict keys (QA5 P1): compiled result lines write them as
# json.dumps does; keys written alike leave no JSON form.
def main(n, clash):
    d = {n: "x", n + 0.5: [n], n > 5: None, None: {-n: float(n)}, "é": (2, 1e16), float("-inf"): 1}
    if clash:
        d[str(n)] = "clash"
    return d
