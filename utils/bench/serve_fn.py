# The function utils/bench/serve_load.py serves: an OpenWhisk action that
# does a little arithmetic work per request (a loop of n steps).


def collatz_steps(x):
    steps = 0
    while x != 1:
        if x % 2 == 0:
            x = x // 2
        else:
            x = 3 * x + 1
        steps += 1
    return steps


def main(args):
    n = args["n"]
    best = 0
    arg = 1
    i = 1
    while i <= n:
        s = collatz_steps(i)
        if s > best:
            best = s
            arg = i
        i += 1
    return {"n": n, "longest": arg, "steps": best}
