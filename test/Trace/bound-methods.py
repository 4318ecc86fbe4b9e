# A method read from a value is a bound method: it serves as a key or map function, sees later
# changes of its receiver, is looked up when the read runs (AttributeError there), and is
# called through variables under a guard naming its type and method. Both tracers give
# CPython's output and record identical traces; repr of a bound method (an address) is refused.
# RUN: %python %s > %t.expected
# RUN: printf '[{"a": 3, "b": 1, "c": 2}]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > %t.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.out | diff %t.expected -
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json > %t.py.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.py.out | diff %t.expected -
# RUN: %python -c "import json, sys; a, b = (json.load(open(p))['trace'] for p in sys.argv[1:]); sys.exit(a != b)" %t.json %t.py.json
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: FileCheck %s < %t.expected
# RUN: printf 'def main(d):\n    return repr(d.get)\n' > %t.repr.py
# RUN: printf '[{}]\n' > %t.repr.jsonl
# RUN: not pyctl --trace %t.repr.py --inputs %t.repr.jsonl -o %t.repr.json 2>&1 | FileCheck --check-prefix=REPR %s
# REPR: unsupported{{.*}}repr of a bound method

# TRACE: best$1 = max(d$1, key=getattr(d$1, "get"))
# TRACE: if isFunction(push$1, "method list.append")
# TRACE-NEXT: getattr(push$1, "__self__").append(

# CHECK:      a ['b', 'c', 'a'] [3, None]
# CHECK-NEXT: 5 True False
# CHECK-NEXT: AttributeError 'int' object has no attribute 'get'
# CHECK-NEXT: TypeError get expected at least 1 argument, got 0
# CHECK-NEXT: TypeError '<' not supported between instances of 'NoneType' and 'int'
# CHECK-NEXT: ['x', 'y', 'x']

def main(d):
    out = []
    best = max(d, key=d.get)
    order = sorted(d, key=d.get)
    got = list(map(d.get, ["a", "zz"]))
    out.append(best + " " + str(order) + " " + str(got))
    get = d.get
    d["q"] = 5
    same = get is get
    out.append(str(get("q")) + " " + str(same) + " " + str(d.get is d.get))
    n = 5
    for k in range(4):
        try:
            if k == 0:
                g = n.get
            elif k == 1:
                get()
            elif k == 2:
                sorted(["a", "zz"], key=d.get)
            else:
                items = []
                push = items.append
                push("x")
                push("y")
                push("x")
                out.append(str(items))
        except (AttributeError, TypeError) as e:
            out.append(type(e).__name__ + " " + str(e))
    return out

for line in main({"a": 3, "b": 1, "c": 2}):
    print(line)
