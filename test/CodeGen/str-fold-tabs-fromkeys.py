# Compiled code runs str.casefold / istitle / isidentifier / expandtabs (also tabsize=) and
# dict.fromkeys (on the type object and on a dict) with CPython 3.11's answers (expected lines
# from python3 3.11): full case folding, titlecase digraphs, non-ASCII identifiers, tab columns
# in code points, and one value object shared by every key.
# RUN: printf '["Stra\\u00dfe \\u01c5emal\\tx", ["b", "a", "b"]]\n["", []]\n["\\u540d\\u524d\\u0663\\r\\t\\u01c5", [1, 1.0, true, 2]]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > /dev/null
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.inputs.jsonl | FileCheck --strict-whitespace %s
# Raising calls fall back, never a different answer (an unhashable key, a non-iterable: TypeError):
# RUN: printf '["a", [[1]]]\n["a", 5]\n' | %t.bin | FileCheck --check-prefix=FALLBACK %s
# FALLBACK-COUNT-2: {"fallback": true}
# CHECK:      {"repr": "['strasse ǆemal\\tx', False, False, 'Straße ǅemal    x', 'Straße ǅemal   x', ['b', 'a'], {'b': ['b', 'a'], 'a': ['b', 'a']}, {'b': 'v', 'a': 'v'}]", {{.*}}}
# CHECK-NEXT: {"repr": "['', False, False, '', '', [], {}, {}]", {{.*}}}
# CHECK-NEXT: {"repr": "['名前٣\\r\\tǆ', True, False, '名前٣\\r        ǅ', '名前٣\\r   ǅ', [1, 2], {1: [1, 2], 2: [1, 2]}, {1: 'v', 2: 'v'}]", {{.*}}}


def main(s, tags):
    shared = dict.fromkeys(tags, [])
    for k in shared:
        shared[k].append(k)
    return [s.casefold(), s.istitle(), s.isidentifier(), s.expandtabs(), s.expandtabs(tabsize=3),
            list(dict.fromkeys(tags)), shared, {"x": 0}.fromkeys(tags, "v")]
