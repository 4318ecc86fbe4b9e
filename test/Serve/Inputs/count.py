# An action whose one loop runs n times: traced on small n, it runs for as long as n asks in
# compiled code (the compiled timeout test).


def main(args):
    n = args["n"]
    i = 0
    while i < n:
        i += 1
    return {"i": i}
