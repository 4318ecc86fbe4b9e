# The `json` of a compiled result line writes dict keys as json.dumps does (as the evaluator's
# line: 3 -> "3", 3.5 -> "3.5", False -> "false", None -> "null", -inf -> "-Infinity"), and is
# omitted when two keys are written alike ({0: .., "0": ..}). `pyctl serve` answers from it.
# RUN: printf '[3]\n[0]\n[-2]\n' > %t.in
# RUN: pyctl --trace %s --inputs %t.in -o %t.json > %t.trace
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.in > %t.out
# RUN: diff %t.trace %t.out
# RUN: FileCheck %s < %t.out
# CHECK:      {"repr": "{3: 'x', 3.5: [3], False: None, None: {-3: 3.0}, 'é': (2, 1e+16), -inf: 1}", "stdout": "", "json": {"3": "x", "3.5": [3], "false": null, "null": {"-3": 3.0}, "é": [2, 1e+16], "-Infinity": 1}}
# CHECK-NEXT: {"repr": "{0: None, 0.5: [0], None: {0: 0.0}, 'é': (2, 1e+16), -inf: 1, '0': 'clash'}", "stdout": ""}
# CHECK-NEXT: {"repr": "{-2: 'x', -1.5: [-2], False: None, None: {2: -2.0}, 'é': (2, 1e+16), -inf: 1}", "stdout": "", "json": {"-2": "x", "-1.5": [-2], "false": null, "null": {"2": -2.0}, "é": [2, 1e+16], "-Infinity": 1}}

def main(n):
    d = {n: "x", n + 0.5: [n], n > 5: None, None: {-n: float(n)}, "é": (2, 1e16), float("-inf"): 1}
    if n == 0:
        d["0"] = "clash"
    return d
