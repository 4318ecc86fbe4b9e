# entry: main
# A bare annotation `x: int` in a function makes x local without binding
# it: reading it before an assignment raises UnboundLocalError, even though a
# global x exists; annotated module constants are plain assignments.
from typing import List

x: int = 10
y: List[int]


def read_first(flag: bool) -> int:
    x: int
    if flag:
        x = 1
    return x


def read_global() -> int:
    return x


def main(flag: bool) -> list:
    out: list = [read_global()]
    out.append(read_first(flag))
    return out
