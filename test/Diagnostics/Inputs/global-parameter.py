def main(a, b):
    y = 1
    if a:
        global b
    nonlocal a
    return y
