# A method name the receiver's type lacks raises CPython's AttributeError, which a handler can
# catch and show. (Methods CPython's types have but pyctl does not implement stop the evaluator
# instead: test/Trace/unsupported-method.py.)
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
# entry: f
def f(k, x):
    try:
        if k == 0:
            return x.nosuch()
        if k == 1:
            return x.casefold()
        if k == 2:
            return x.append(1)
        if k == 3:
            return int.nosuch(x)
        if k == 4:
            return len.nosuch(x)
        return x.lower()
    except AttributeError as e:
        return "AttributeError: " + str(e)
