# entry: main
# A typed OpenWhisk action: annotated parameters and return, typing names,
# annotated locals, module-level annotated constants.
from typing import Any, Dict, List, Optional, Tuple, Union
import typing

GREETING: str = "Hello"
LIMIT: int = 3
SEP: Optional[str] = ", "
UNSET: int


def join(words: List[str], sep: str = ", ", *rest: str, upper: bool = False, **opts: Any) -> str:
    out: str = sep.join(words)
    if upper:
        out = out.upper()
    return out


def first(xs: list[int] | None, default: "int" = 0) -> Optional[int]:
    if not xs:
        return default
    return xs[0]


def pairs(d: dict[str, list[int]]) -> typing.List[Tuple[str, int]]:
    result: list[tuple[str, int]] = []
    for k in sorted(d):
        total: int = 0
        for v in d[k]:
            total += v
        result.append((k, total))
    return result


def negate(n: int) -> int:
    return -n


def main(args: Dict[str, Any]) -> Dict[str, Union[str, int, None, list]]:
    name: str = args.get("name", "world")
    count: int
    nums: typing.Optional[List[int]] = args.get("nums")
    count = len(name)
    words: List[str] = [GREETING, name] * min(LIMIT, max(count, 1))
    cb: typing.Callable[[int], int] = negate
    return {
        "greeting": join(words[:2], SEP),
        "first": first(nums),
        "count": cb(-count),
        "pairs": pairs(args.get("groups", {})),
    }
