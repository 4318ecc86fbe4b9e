# Compiled str.format runs attribute accesses in fields ({0.real}, {x.imag}, {0.real.imag},
# {[0].real}) and the reads x.real / x.imag (runtime/rust/src/attributes.rs) with CPython's
# values; an attribute CPython answers with AttributeError falls back. Expected lines computed
# with python3 3.11.
# RUN: printf '[3, 2.5]\n[true, -0.0]\n' > %t.inputs.jsonl
# RUN: printf '[3, 2.5]\n[true, -0.0]\n[-7, 1e300]\n["s", 1.0]\n' > %t.run.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > /dev/null
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.run.jsonl | FileCheck %s
# CHECK:      {"repr": "['3|0|0|0.0', '     2.5|0|é', '3 0.0 5.5']", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "['1|0|0|0.0', '    -0.0|0|é', '1 0.0 1.0']", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "['-7|0|0|0.0', '  1e+300|0|é', '-7 0.0 1e+300']", "stdout": ""{{.*}}}
# CHECK-NEXT: {"fallback": true}


def main(x, y):
    out = ["{0.real}|{0.imag}|{0.real.imag}|{x.imag}".format(x, x=y)]
    out.append("{.real!r:>8}|{[0].imag}|{}".format(y, [x], "é"))
    out.append(f"{x.real} {y.imag} {x.real + y.real}")
    return out
