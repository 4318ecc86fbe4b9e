# insert-trace runs after `anf` and refuses a program that is not normalised: a name not declared
# at the top of its scope, a remaining `for` loop, a user call inside an expression.
# RUN: not pyctl -passes=insert-trace %s 2>&1 | FileCheck --check-prefix=UNDECLARED %s
# RUN: not pyctl -passes=scope-hoist,insert-trace %s 2>&1 | FileCheck --check-prefix=FOR %s
# RUN: not pyctl -passes=scope-hoist,for-to-while,insert-trace %s 2>&1 | FileCheck --check-prefix=CALL %s
# RUN: pyctl -passes=anf,insert-trace %s | FileCheck --check-prefix=ANF %s

# UNDECLARED: {{.*}}not-normalised.py:[[@LINE+8]]:1: error: 'g' is not declared at the top of its scope (insert-trace runs on a normalised program: run the 'anf' pipeline first)
# FOR: {{.*}}not-normalised.py:[[@LINE+12]]:5: error: 'for' loop (insert-trace runs on a normalised program: run the 'anf' pipeline first)
# FOR-NEXT: {{^}}    for x in xs:{{$}}
# CALL: {{.*}}not-normalised.py:[[@LINE+11]]:25: error: call of a user function inside an expression: the program is not in A-normal form (run the 'anf' pipeline first)
# CALL-NEXT: {{^}}        total = total + g(x){{$}}
# ANF: {{^}}            _t0 = _pyctl_call('{{.*}}', g, x){{$}}
# ANF: {{^}}def serverless_function(trace, args):{{$}}

def g(v):
    return v

def f(xs):
    total = 0
    for x in xs:
        total = total + g(x)
    return total
