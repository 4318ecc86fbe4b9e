# A method CPython's type has but the runtime does not implement stops the evaluator with a
# message naming it, even inside `try/except AttributeError` (an AttributeError there would be
# caught and give another answer than CPython's "Straße"); a name the type lacks still raises
# CPython's AttributeError, which the handler catches.
# RUN: printf '["Stra\\u00dfe"]\n' > %t.inputs.jsonl
# RUN: not pyctl --trace %s --inputs %t.inputs.jsonl --entry folded -o %t.bad.json 2>&1 | FileCheck --check-prefix=FOLD %s
# RUN: not pyctl --trace %s --inputs %t.inputs.jsonl --entry by_type -o %t.bad2.json 2>&1 | FileCheck --check-prefix=TYPE %s
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl --entry missing -o %t.json | FileCheck --check-prefix=MISSING %s

# FOLD: error: unsupported: method str.translate
# TYPE: error: unsupported: method str.format_map
# MISSING: {"repr": "\"caught: 'str' object has no attribute 'nosuch'\"", "stdout": "", {{.*}}}

def folded(s):
    try:
        f = s.translate({})
    except AttributeError:
        f = "<no translate>"
    return f

def by_type(s):
    try:
        f = str.format_map(s, {})
    except AttributeError:
        f = "<no format_map>"
    return f

def missing(s):
    try:
        f = s.nosuch()
    except AttributeError as e:
        f = "caught: " + str(e)
    return f
