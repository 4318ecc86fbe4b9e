# The TypeErrors of `*` and `**` arguments of user calls name the callee with its module, as
# CPython's _PyObject_FunctionStr does: `case_unpacking_module_name.f()` here, since
# run_cpython.py (and utils/differential.py, which passes --module-name to both tracers) loads
# the case as that module. A nested function adds its __qualname__.
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
# entry: main
def f(a=0, *args, **kw):
    return [a, list(args), kw]


def outer():
    def inner(x, **kw):
        return x
    return inner


def main(d, xs, bad):
    out = [f(*xs, **d)]
    inner = outer()
    for callee in [f, inner]:
        try:
            callee(**d, a=1)
        except TypeError as e:
            out.append(str(e))
        try:
            callee(**bad)
        except TypeError as e:
            out.append(str(e))
        try:
            callee(*bad)
        except TypeError as e:
            out.append(str(e))
        try:
            callee(1, *bad)
        except TypeError as e:
            out.append(str(e))
        try:
            callee(**d, **d)
        except TypeError as e:
            out.append(str(e))
    return out
