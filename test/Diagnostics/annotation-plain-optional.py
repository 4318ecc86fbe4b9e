# A bare typing.Optional is no type argument (TypeError at def time).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
import typing
# CHECK: {{.*}}annotation-plain-optional.py:[[@LINE+1]]:22: error: Plain typing.Optional is not valid as type argument
def f(x: typing.List[typing.Optional]):
    return 1
