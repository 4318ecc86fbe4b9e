# assert raises AssertionError when its condition is false; its message is evaluated only then.
# entry: check
def noisy(x):
    print("message for", x)
    return "bad " + str(x)

def check(x):
    assert x != 0
    assert x > 0, noisy(x)
    return x * 2
