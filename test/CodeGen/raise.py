# A traced `raise` compiles to a fallback (CPython raises ValueError there), even when what the
# function printed before is discarded; the other paths still give CPython's answers (computed
# with python3 3.11).
# RUN: pyctl --trace %s --inputs %S/Inputs/raise.jsonl -o %t.json > /dev/null
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/raise.jsonl | FileCheck %s
# TRACE: raise ValueError

# CHECK:      {"repr": "{'qty': 3, 'ok': True}", "stdout": "checking {'qty': 3}\n", "json": {"qty": 3, "ok": true}}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"repr": "{'qty': -1, 'ok': False}", "stdout": "checking {'qty': -1, 'note': 'é'}\n", "json": {"qty": -1, "ok": false}}


def check(order):
    if not isinstance(order, dict) or "qty" not in order:
        raise ValueError("bad order: " + repr(order))
    return order["qty"]


def main(order):
    print("checking", order)
    qty = check(order)
    return {"qty": qty, "ok": qty > 0}
