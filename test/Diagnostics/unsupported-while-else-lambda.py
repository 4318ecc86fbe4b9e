# CPython makes a lambda in a `while` condition anew before each iteration; pyctl moves its def
# into the loop (`while True:` first makes it, then breaks when the condition is false), which
# cannot keep an `else` clause apart from a `break`: that shape is refused.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(n):
    i = 0
    # CHECK: {{.*}}unsupported-while-else-lambda.py:[[@LINE+2]]:11: error: unsupported construct: lambda in the condition of a 'while' with 'else'
    # CHECK-NEXT: {{^}}    while (lambda: i)() < n:{{$}}
    while (lambda: i)() < n:
        i += 1
    else:
        i = -1
    return i
