# A try in module code, which runs afresh before every call: the handler's name is a module
# variable that CPython deletes after the handler.
# entry: main
# fallback-ok: the module code catches a KeyError on every call, so compiled code falls back
table = {"a": 1}
try:
    first = table["b"]
except KeyError as missing:
    first = "no " + str(missing)
finally:
    table["c"] = 3

def main(x):
    if x:
        return missing
    return first, table
