# Conditional expressions (only the chosen branch runs), f-strings with format specs, raise.
# entry: run
def loud(x):
    print("loud", x)
    return x

def run(n, name):
    kind = "neg" if n < 0 else "zero" if n == 0 else "pos"
    pick = loud(n) if n > 0 else loud(-n)
    msg = f"{name!r}:{n:>5}|{n * 1.5:.2f}|{kind:^7}|{{braces}}"
    if n > 100:
        raise ValueError("too big: " + str(n))
    if name == "":
        raise KeyError(name)
    return [kind, pick, msg, f"{n:,}", f"{n / 3:e}"]
