# The instrumentation owns `serverless_function` (the wrapper the harness calls) and every name
# starting with `_pyctl_`; a program that uses one is refused rather than silently broken, and so
# is a program instrumented twice.
# RUN: not pyctl -passes=anf,trace %s 2>&1 | FileCheck --check-prefix=WRAPPER %s
# RUN: sed -e 's/serverless_function/_pyctl_helper/' %s > %t.py
# RUN: not pyctl -passes=anf,trace %t.py 2>&1 | FileCheck --check-prefix=PREFIX %s
# RUN: sed -e 's/serverless_function/helper/' %s > %t.ok.py
# RUN: not pyctl -passes=anf,trace,trace %t.ok.py 2>&1 | FileCheck --check-prefix=TWICE %s

# WRAPPER: error: the name 'serverless_function' is reserved for insert-trace's instrumentation; rename it
# PREFIX: error: the name '_pyctl_helper' is reserved for insert-trace's instrumentation; rename it
# TWICE: error: the program is instrumented already ('insert-trace' ran twice?)

def serverless_function(x):
    return x + 1
