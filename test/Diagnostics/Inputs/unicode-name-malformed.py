def f():
    return "ab\N{}"
