# entry: main
# fallback-ok: compiled code falls back on the repr of a math function
# The repr of a math function is "<built-in function sqrt>", without the module (QA7b F3); json
# and re functions are Python functions whose repr shows an address, so pyctl refuses it.
import math


def main(i):
    fns = [math.sqrt, math.floor, math.ceil, math.log, math.sin, math.cos]
    f = fns[i % len(fns)]
    return [repr(f), str(f), f"{f}", [f]]
