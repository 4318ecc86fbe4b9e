# Accepted annotations are kept and printed back (typing names spelled `typing.X`, which the
# printed `import typing` provides; a function's local-variable annotations, which CPython never
# evaluates, are printed as written), so the normalised and the instrumented programs still run
# under CPython with the same result. Calls in annotated assignments are named as usual.
# RUN: pyctl -passes=anf %s | FileCheck --strict-whitespace %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | diff %t.expected -

# CHECK:       {{^}}import typing{{$}}
# CHECK:       {{^}}LIMIT: int = 3{{$}}
# CHECK:       {{^}}NAMES: typing.List[str]{{$}}
# CHECK-LABEL: {{^}}def total(xs: list[int] | None, start: typing.Optional[int] = 0, *rest: str, scale: float = 1.0, **kw: typing.Any) -> typing.Dict[str, typing.Tuple[int, ...]]:
# CHECK:       {{^}}    acc: int = start{{$}}
# CHECK:       {{^}}    n: "int"{{$}}
# CHECK-LABEL: {{^}}def main(args: dict) -> dict:
# CHECK:       {{^}}    out: Dict[str, Any] = total(args['xs']){{$}}
# CHECK:       {{^}}    [[T:_t[0-9]+]] = total(args['xs']){{$}}
# CHECK-NEXT:  {{^}}    size: int = len([[T]]){{$}}
from typing import Any, Dict, List, Optional, Tuple

LIMIT: int = 3
NAMES: List[str]

def total(xs: list[int] | None, start: Optional[int] = 0, *rest: str, scale: float = 1.0, **kw: Any) -> Dict[str, Tuple[int, ...]]:
    acc: int = start
    n: "int"
    for x in xs or []:
        acc += x
    return {"total": (acc, len(rest))}

def main(args: dict) -> dict:
    out: Dict[str, Any] = total(args["xs"])
    size: int = len(total(args["xs"]))
    return {"out": out, "size": size}

print(main({"xs": [1, 2, 3]}))
print(main({"xs": None}))
