# A compiled fallback's reason (shown with PYCTL_FALLBACK_REASON set) names what the runtime does
# not implement: the method and its receiver's type, or the builtin and its argument count (for a
# call with '*', the count of the flattened arguments). The trace's `upper`, `len` and `zip` are
# renamed to a method and builtins the runtime does not know, as a newer tracer could record them.
# RUN: printf '%%s\n' '[0, "ab", []]' '[1, "", [[1]]]' '[2, "", [[1, 2], [3, 4]]]' > %t.in
# RUN: pyctl --trace %s --inputs %t.in -o %t.json > /dev/null
# RUN: sed -e 's/"method":"upper"/"method":"frobnicate"/' -e 's/"event":"len"/"event":"id"/' -e 's/"event":"zip"/"event":"vars"/' %t.json > %t.renamed.json
# RUN: pyctl --build-rust %t.renamed.json -o %t.bin
# RUN: printf '%%s\n' '[0, "ab", []]' '[0, ["x"], []]' '[1, "", [[1]]]' '[2, "", [[1, 2], [3, 4]]]' \
# RUN:   | env PYCTL_FALLBACK_REASON=1 %t.bin 2>&1 > /dev/null | FileCheck %s
# CHECK:      input line 1: fallback: method str.frobnicate not supported by the compiled runtime
# CHECK-NEXT: input line 2: fallback: method list.frobnicate not supported by the compiled runtime
# CHECK-NEXT: input line 3: fallback: builtin id with 1 argument not supported by the compiled runtime
# CHECK-NEXT: input line 4: fallback: builtin vars with 2 arguments not supported by the compiled runtime

def f(k, s, xs):
    if k == 0:
        return s.upper()
    if k == 1:
        return len(xs)
    return list(zip(*xs))
