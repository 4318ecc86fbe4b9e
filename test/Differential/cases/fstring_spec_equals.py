# f-string format specs that start with '=' (sign-aware padding, or '=' as the fill character):
# CPython reads `{x:=10}` as a spec, never as an assignment expression.
# entry: main
def main(x, s):
    return [f'{x:=10}', f'{x:==10}', f'{x:=+8}', f'{s:=^10}', f'{x :=10}', f'{x:=010}|{x:>4}']
