# entry: f
from typing import List


def f(n):
    xs: List[int] = []
    y: "anything"
    z: undefined_name[3] = 5
    xs.append(n + z)
    xs += [1 for _ in range(1)]
    return xs
