#!/usr/bin/env python3
"""Unit tests of pyctl_trace.py: merge rules, the recording protocol and the harness.

Run: python3 runtime/python/test_pyctl_trace.py   (or python3 -m unittest from this folder)

The instrumented programs below are written by hand in the exact shape the insert-trace pass
prints (lib/Transforms/InsertTrace.cpp), so these tests do not need the C++ build.
"""

import contextlib
import copy
import hashlib
import io
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyctl_trace  # noqa: E402  (after the path set-up)
from pyctl_trace import TraceMergeError, merge_bodies, merge_files, merge_nodes  # noqa: E402

# --- Trace node constructors (docs/trace-format.md section 2) ---------------------------------

U = {"kind": "unknown"}


def ident(name):
    return {"kind": "identifier", "name": name}


def integer(v):
    return {"kind": "integer", "value": v}


def string(v):
    return {"kind": "string", "value": v}


def none():
    return {"kind": "none"}


def undefined():
    return {"kind": "undefined"}


def let(name, named):
    return {"kind": "let", "name": name, "named": named}


def set_(target, named):
    return {"kind": "set", "name": target, "named": named}


def binop(op, e1, e2):
    return {"kind": "binop", "op": op, "e1": e1, "e2": e2}


def op1(op, e):
    return {"kind": "op1", "op": op, "e": e}


def prim(event, *args):
    return {"kind": "primApp", "event": event, "eventArgs": list(args)}


def if_(cond, true_part, false_part):
    return {"kind": "if", "cond": cond, "truePart": true_part, "falsePart": false_part}


def guard(callee, identity, true_part, false_part=None):
    return if_(prim("isFunction", callee, string(identity)), true_part,
               [U] if false_part is None else false_part)


def block(*body):
    return {"kind": "block", "body": list(body)}


def label(name, *body):
    return {"kind": "label", "name": name, "body": list(body)}


def brk(name, value=None):
    return {"kind": "break", "name": name, "value": value if value is not None else none()}


def while_(cond, *body):
    return {"kind": "while", "cond": cond, "body": list(body)}


def clos(identity):
    return {"kind": "clos", "function": identity, "tenv": {}}


def argument(i):
    return {"kind": "argument", "index": i}


# --- Instrumented programs ---------------------------------------------------------------------

PROLOGUE = "_pyctl_trace = __import__('pyctl_trace')\n" + "".join(
    "%s = getattr(_pyctl_trace, '%s')\n" % (name, name) for name in pyctl_trace._API)

EPILOGUE = """
def serverless_function(trace, args):
    return _pyctl_entry(trace, args)
"""


def ir(node):
    """The Python literal of a node's JSON text, as insert-trace prints it."""
    return repr(json.dumps(node))


# double_absolute_value (the paper's running example) after `anf`, instrumented.
DOUBLE_ABSOLUTE_VALUE = PROLOGUE + f"""
_pyctl_stmt({ir(let("double_absolute_value", undefined()))})
double_absolute_value: object
_pyctl_stmt({ir(set_(ident("double_absolute_value"), clos("double_absolute_value@3:1")))})

def double_absolute_value(x):
    _pyctl_enter('double_absolute_value@3:1')
    _pyctl_stmt({ir(let("double_x$*", undefined()))})
    double_x: object
    _pyctl_stmt({ir(let("return_value$*", undefined()))})
    return_value: object
    _pyctl_stmt({ir(set_(ident("double_x$*"), binop("*", integer(2), ident("x$*"))))})
    double_x = 2 * x
    _pyctl_if({ir(binop("<", ident("x$*"), integer(0)))})
    if _pyctl_branch(x < 0):
        _pyctl_stmt({ir(set_(ident("return_value$*"), op1("-", ident("double_x$*"))))})
        return_value = -double_x
        _pyctl_end()
    else:
        _pyctl_stmt({ir(set_(ident("return_value$*"), ident("double_x$*")))})
        return_value = double_x
        _pyctl_end()
    _pyctl_stmt({ir(prim("print", ident("return_value$*")))})
    print(return_value)
    _pyctl_stmt({ir(brk("'ret", ident("return_value$*")))})
    return _pyctl_returning(return_value)

_pyctl_function(double_absolute_value, 'double_absolute_value@3:1', ['x'])
""" + EPILOGUE


def double_absolute_value_trace(negative, non_negative):
    """The hand-derived trace of double_absolute_value (docs/trace-format.md section 3) with
    the arms the calls took."""
    return block(
        let("double_absolute_value", undefined()),
        set_(ident("double_absolute_value"), clos("double_absolute_value@3:1")),
        block(label(
            "'ret",
            let("x$1", argument(0)),
            let("double_x$1", undefined()),
            let("return_value$1", undefined()),
            set_(ident("double_x$1"), binop("*", integer(2), ident("x$1"))),
            if_(binop("<", ident("x$1"), integer(0)),
                [set_(ident("return_value$1"), op1("-", ident("double_x$1")))] if negative else [U],
                [set_(ident("return_value$1"), ident("double_x$1"))] if non_negative else [U]),
            prim("print", ident("return_value$1")),
            brk("'ret", ident("return_value$1")),
            U)))


# A loop with continue, break and else, and a call of a function that may raise:
#   def half(k):                 def f(n, stop):
#       return 10 // (k - 4)         i = 0
#                                    while i < n:
#                                        i += 1
#                                        if i == 2:
#                                            continue
#                                        if i == stop:
#                                            break
#                                        r = half(i)
#                                    else:
#                                        i = -i
#                                    return i
LOOP_PROGRAM = PROLOGUE + f"""
_pyctl_stmt({ir(let("half", undefined()))})
half: object
_pyctl_stmt({ir(let("f", undefined()))})
f: object
_pyctl_stmt({ir(set_(ident("half"), clos("half@1:1")))})

def half(k):
    _pyctl_enter('half@1:1')
    _pyctl_stmt({ir(brk("'ret", binop("//", integer(10), binop("-", ident("k$*"), integer(4)))))})
    return _pyctl_returning(10 // (k - 4))

_pyctl_function(half, 'half@1:1', ['k'])
_pyctl_stmt({ir(set_(ident("f"), clos("f@4:1")))})

def f(n, stop):
    _pyctl_enter('f@4:1')
    _pyctl_stmt({ir(let("i$*", undefined()))})
    i: object
    _pyctl_stmt({ir(let("r$*", undefined()))})
    r: object
    _pyctl_stmt({ir(set_(ident("i$*"), integer(0)))})
    i = 0
    _pyctl_while(0, {ir(binop("<", ident("i$*"), ident("n$*")))})
    while _pyctl_iterate(i < n):
        _pyctl_stmt({ir(set_(ident("i$*"), binop("+=", ident("i$*"), integer(1))))})
        i += 1
        _pyctl_if({ir(binop("==", ident("i$*"), integer(2)))})
        if _pyctl_branch(i == 2):
            _pyctl_jump({ir(brk("'cont0"))})
            continue
        else:
            _pyctl_end()
        _pyctl_if({ir(binop("==", ident("i$*"), ident("stop$*")))})
        if _pyctl_branch(i == stop):
            _pyctl_jump({ir(brk("'brk0"))})
            break
        else:
            _pyctl_end()
        r = _pyctl_call({ir({"callee": ident("half"), "target": ident("r$*"), "args": [ident("i$*")]})}, half, i)
        _pyctl_end()
    else:
        _pyctl_stmt({ir(set_(ident("i$*"), op1("-", ident("i$*"))))})
        i = -i
        _pyctl_end()
    _pyctl_stmt({ir(brk("'ret", ident("i$*")))})
    return _pyctl_returning(i)

_pyctl_function(f, 'f@4:1', ['n', 'stop'])
""" + EPILOGUE

LOOP_PREFIX = [
    let("half", undefined()), let("f", undefined()),
    set_(ident("half"), clos("half@1:1")), set_(ident("f"), clos("f@4:1")),
]


# `for k in d: d[k + "x"] = 0` after `anf` (for-to-while lowers it through iter/next), instrumented.
DICT_LOOP_PROGRAM = PROLOGUE + f"""
_pyctl_stmt({ir(let("f", undefined()))})
f: object
_pyctl_stmt({ir(set_(ident("f"), clos("f@1:1")))})

def f(d):
    _pyctl_enter('f@1:1')
    _pyctl_stmt({ir(let("k$*", undefined()))})
    k: object
    _pyctl_stmt({ir(let("_it0$*", undefined()))})
    _it0: object
    _pyctl_stmt({ir(let("_s0$*", undefined()))})
    _s0: object
    _pyctl_stmt({ir(let("_v0$*", undefined()))})
    _v0: object
    _pyctl_stmt({ir(set_(ident("_it0$*"), prim("iter", ident("d$*"))))})
    _it0 = iter(d)
    _pyctl_stmt({ir(set_(ident("_s0$*"), {"kind": "array", "exps": []}))})
    _s0 = []
    _pyctl_while(0, {ir({"kind": "boolean", "value": True})})
    while _pyctl_iterate(True):
        _pyctl_stmt({ir(set_(ident("_v0$*"), prim("next", ident("_it0$*"), ident("_s0$*"))))})
        _v0 = next(_it0, _s0)
        _pyctl_if({ir(binop("is", ident("_v0$*"), ident("_s0$*")))})
        if _pyctl_branch(_v0 is _s0):
            _pyctl_jump({ir(brk("'brk0"))})
            break
        else:
            _pyctl_end()
        _pyctl_stmt({ir(set_(ident("k$*"), ident("_v0$*")))})
        k = _v0
        _pyctl_stmt({ir(set_({"kind": "index", "exp": ident("d$*"), "index": binop("+", ident("k$*"), string("x"))}, integer(0)))})
        d[k + "x"] = 0
        _pyctl_end()
    _pyctl_stmt({ir(brk("'ret"))})
    return _pyctl_returning(None)

_pyctl_function(f, 'f@1:1', ['d'])
""" + EPILOGUE


def half_call(arg_ir, depth):
    """`if isFunction(half) [set r$D = block [label 'ret [let k$(D+1) = A, break...]]]`."""
    return guard(ident("half"), "half@1:1", [set_(ident("r$%d" % depth), block(label(
        "'ret", let("k$%d" % (depth + 1), arg_ir),
        brk("'ret", binop("//", integer(10), binop("-", ident("k$%d" % (depth + 1)), integer(4)))),
        U)))])


def run(program, entry, calls):
    """Runs `program` once per argument list; returns (result lines, per-call trees)."""
    code = compile(program, "<instrumented>", "exec")
    lines, trees = [], []
    for args in calls:
        line, tree = pyctl_trace.run_invocation(code, "<instrumented>", entry, args)
        lines.append(line)
        trees.append(tree)
    return lines, trees


def merge_all(trees):
    merged = trees[0]
    for tree in trees[1:]:
        merged = merge_nodes(merged, tree)
    return merged


# --- Merge -------------------------------------------------------------------------------------

class MergeTest(unittest.TestCase):
    def test_unknown_on_either_side_gives_the_other(self):
        node = set_(ident("x"), integer(1))
        self.assertEqual(merge_nodes(U, node), node)
        self.assertEqual(merge_nodes(node, U), node)
        self.assertEqual(merge_bodies([U], [node, U]), [node, U])
        self.assertEqual(merge_bodies([node, U], [U]), [node, U])
        self.assertEqual(merge_bodies([node, U], [node, prim("print", integer(1))]),
                         [node, prim("print", integer(1))])

    def test_ended_body_absorbs_an_unknown_tail(self):
        a = set_(ident("x"), integer(1))
        self.assertEqual(merge_bodies([a], [a, U]), [a])
        self.assertEqual(merge_bodies([a, U], [a]), [a])
        self.assertEqual(merge_bodies([], [U]), [])
        self.assertEqual(merge_bodies([U], [U]), [U])

    def test_ended_body_against_a_real_node_fails(self):
        a = set_(ident("x"), integer(1))
        b = prim("print", ident("x"))
        with self.assertRaisesRegex(TraceMergeError, "ends where .* continues with primApp"):
            merge_bodies([a], [a, b])
        with self.assertRaisesRegex(TraceMergeError, "ends where"):
            merge_bodies([a, b, U], [a])

    def test_different_nodes_fail_naming_both(self):
        a = set_(ident("x$1"), integer(1))
        b = set_(ident("x$1"), integer(2))
        with self.assertRaises(TraceMergeError) as ctx:
            merge_nodes(a, b)
        self.assertIn('"value": 1', str(ctx.exception))
        self.assertIn('"value": 2', str(ctx.exception))
        with self.assertRaisesRegex(TraceMergeError, "set node .* let node"):
            merge_nodes(a, let("x$1", integer(1)))

    def test_values_compare_by_type(self):
        with self.assertRaises(TraceMergeError):
            merge_nodes({"kind": "number", "value": 1.0}, {"kind": "number", "value": 1})
        with self.assertRaises(TraceMergeError):
            merge_nodes({"kind": "boolean", "value": True}, {"kind": "boolean", "value": 1})

    def test_arms_merge_as_bodies(self):
        a = if_(ident("c"), [set_(ident("x"), integer(1))], [U])
        b = if_(ident("c"), [U], [set_(ident("x"), integer(2))])
        self.assertEqual(merge_nodes(a, b),
                         if_(ident("c"), [set_(ident("x"), integer(1))], [set_(ident("x"), integer(2))]))
        # Plain ifs with different conditions do not chain.
        with self.assertRaises(TraceMergeError):
            merge_nodes(a, if_(ident("d"), [U], [U]))

    def test_inlined_blocks_inside_set_merge(self):
        a = set_(ident("y"), block(label("'ret", if_(ident("k$2"), [brk("'ret", integer(1)), U], [U]), U)))
        b = set_(ident("y"), block(label("'ret", if_(ident("k$2"), [U], []), brk("'ret", integer(2)), U)))
        self.assertEqual(merge_nodes(a, b), set_(ident("y"), block(label(
            "'ret", if_(ident("k$2"), [brk("'ret", integer(1)), U], []), brk("'ret", integer(2)), U))))

    def test_guard_chains(self):
        call_f = [block(label("'ret", brk("'ret", integer(1)), U))]
        call_g = [block(label("'ret", brk("'ret", integer(2)), U))]
        call_h = [block(label("'ret", brk("'ret", integer(3)), U))]
        gf = guard(ident("h$1"), "f@1:1", call_f)
        gg = guard(ident("h$1"), "g@3:1", call_g)
        gh = guard(ident("h$1"), "h@5:1", call_h)
        chain = merge_nodes(gf, gg)
        self.assertEqual(chain, guard(ident("h$1"), "f@1:1", call_f, [gg]))
        # The same callee again merges into its own guard; a third one extends the chain.
        self.assertEqual(merge_nodes(chain, gg), chain)
        self.assertEqual(merge_nodes(chain, gf), chain)
        self.assertEqual(merge_nodes(chain, gh),
                         guard(ident("h$1"), "f@1:1", call_f, [guard(ident("h$1"), "g@3:1", call_g, [gh])]))
        # The order of the chain is the order of first calls.
        self.assertEqual(merge_nodes(gg, gf), guard(ident("h$1"), "g@3:1", call_g, [gf]))

    def test_shape_guard_chains(self):
        # argCount / argKeys guards of calls with `*` / `**` chain like callee guards.
        two = if_(prim("argCount", ident("$s0$1"), integer(2)), [block(label("'ret", U))], [U])
        one = if_(prim("argCount", ident("$s0$1"), integer(1)), [block(label("'ret", U))], [U])
        keys = if_(prim("argKeys", ident("$a1$1"), string("k")), [U], [U])
        self.assertEqual(merge_nodes(two, one), if_(two["cond"], two["truePart"], [one]))
        self.assertEqual(merge_nodes(merge_nodes(two, one), two), merge_nodes(two, one))
        self.assertEqual(merge_nodes(keys, keys), keys)

    def test_merge_is_pure(self):
        a = [set_(ident("x"), integer(1)), if_(ident("c"), [U], [prim("print", integer(1))]), U]
        b = [set_(ident("x"), integer(1)), if_(ident("c"), [prim("print", integer(2))], [U]), U]
        a_copy, b_copy = copy.deepcopy(a), copy.deepcopy(b)
        merge_bodies(a, b)
        self.assertEqual((a, b), (a_copy, b_copy))
        with self.assertRaises(TraceMergeError):
            merge_bodies(a, [prim("len", integer(1))])
        self.assertEqual(a, a_copy)

    def test_malformed_input_is_a_merge_error(self):
        with self.assertRaises(TraceMergeError):
            merge_bodies([{"no": "kind"}], [set_(ident("x"), integer(1))])
        with self.assertRaises(TraceMergeError):
            merge_nodes("a", U)

    def test_merge_files(self):
        env = {"format": "pyctl-trace", "version": 1, "entry": "f", "params": ["x"],
               "source": {"path": "a.py", "sha256": "00"}, "invocations": 2,
               "trace": block(set_(ident("x"), integer(1)), U)}
        other = dict(env, invocations=3, source={"path": "b.py", "sha256": "00"},
                     trace=block(set_(ident("x"), integer(1))))
        merged = merge_files(env, other)
        self.assertEqual(merged["invocations"], 5)
        self.assertEqual(merged["source"]["path"], "a.py")
        self.assertEqual(merged["trace"], block(set_(ident("x"), integer(1))))
        with self.assertRaisesRegex(TraceMergeError, "sha256"):
            merge_files(env, dict(other, source={"path": "b.py", "sha256": "11"}))
        with self.assertRaisesRegex(TraceMergeError, "entry"):
            merge_files(env, dict(other, entry="g"))


# --- Recording ---------------------------------------------------------------------------------

class DoubleAbsoluteValueTest(unittest.TestCase):
    """The paper's example, checked against a trace derived by hand from the contract."""

    def test_positive_call(self):
        lines, trees = run(DOUBLE_ABSOLUTE_VALUE, "double_absolute_value", [[3]])
        self.assertEqual(lines, [{"repr": "6", "stdout": "6\n", "json": 6}])
        self.assertEqual(trees[0], double_absolute_value_trace(negative=False, non_negative=True))

    def test_merged_calls(self):
        lines, trees = run(DOUBLE_ABSOLUTE_VALUE, "double_absolute_value",
                           [[3], [-4], [2.5], [-10 ** 19]])
        self.assertEqual([line["repr"] for line in lines], ["6", "8", "5.0", "20000000000000000000"])
        self.assertNotIn("json", lines[3])      # outside signed 64 bits
        self.assertEqual(trees[1], double_absolute_value_trace(negative=True, non_negative=False))
        self.assertEqual(merge_all(trees), double_absolute_value_trace(negative=True, non_negative=True))

    def test_wrong_argument_count_records_no_entry_call(self):
        lines, trees = run(DOUBLE_ABSOLUTE_VALUE, "double_absolute_value", [[1, 2]])
        self.assertEqual(lines, [{"error": "TypeError", "stdout": ""}])
        expected = double_absolute_value_trace(False, False)
        expected["body"][2:] = [U]
        self.assertEqual(trees[0], expected)


class LoopAndCallTest(unittest.TestCase):
    def trace(self, *calls):
        lines, trees = run(LOOP_PROGRAM, "f", calls)
        return lines, [t["body"][len(LOOP_PREFIX):] for t in trees]

    head = [let("n$1", argument(0)), let("stop$1", argument(1)),
            let("i$1", undefined()), let("r$1", undefined()), set_(ident("i$1"), integer(0))]

    def entry(self, *body):
        return [block(label("'ret", *self.head, *body))]

    cond = binop("<", ident("i$1"), ident("n$1"))
    incr = set_(ident("i$1"), binop("+=", ident("i$1"), integer(1)))
    is2 = binop("==", ident("i$1"), integer(2))
    isstop = binop("==", ident("i$1"), ident("stop$1"))
    ret = brk("'ret", ident("i$1"))
    negate = set_(ident("i$1"), op1("-", ident("i$1")))

    def test_loop_that_never_runs_keeps_an_unknown_body(self):
        lines, bodies = self.trace([0, 9])
        self.assertEqual(lines[0]["repr"], "0")
        self.assertEqual(bodies[0], self.entry(
            label("'brk0", while_(self.cond, U), self.negate), self.ret, U))

    def test_iterations_merge_continue_and_else(self):
        # i = 1: call half(1); i = 2: continue; i = 3: call half(3); then the else.
        lines, bodies = self.trace([3, 9])
        self.assertEqual(lines[0]["repr"], "-3")
        iteration = label("'cont0", self.incr,
                          if_(self.is2, [brk("'cont0"), U], []),
                          if_(self.isstop, [U], []),
                          half_call(ident("i$1"), 1))
        self.assertEqual(bodies[0], self.entry(
            label("'brk0", while_(self.cond, iteration), self.negate), self.ret, U))

    def test_break_leaves_the_loop_early(self):
        lines, bodies = self.trace([5, 1])
        self.assertEqual(lines[0]["repr"], "1")
        iteration = label("'cont0", self.incr, if_(self.is2, [U], []),
                          if_(self.isstop, [brk("'brk0"), U], [U]), U)
        self.assertEqual(bodies[0], self.entry(
            label("'brk0", while_(self.cond, iteration, U), U), self.ret, U))

    def test_exception_in_a_callee_leaves_every_body_early(self):
        # half(4) divides by zero in the fourth iteration; its partial record merges into the
        # loop body (where the earlier, completed iterations already ended every body).
        lines, bodies = self.trace([5, 9])
        self.assertEqual(lines[0], {"error": "ZeroDivisionError", "stdout": ""})
        iteration = label("'cont0", self.incr,
                          if_(self.is2, [brk("'cont0"), U], []),
                          if_(self.isstop, [U], []),
                          half_call(ident("i$1"), 1))
        self.assertEqual(bodies[0], [block(label("'ret", *self.head,
                                                 label("'brk0", while_(self.cond, iteration), U), U), U), U])

    def test_exception_in_the_entry_leaves_the_root_early(self):
        lines, trees = run(LOOP_PROGRAM, "half", [[4]])
        self.assertEqual(lines, [{"error": "ZeroDivisionError", "stdout": ""}])
        self.assertEqual(trees[0], block(*LOOP_PREFIX, block(label(
            "'ret", let("k$1", argument(0)),
            brk("'ret", binop("//", integer(10), binop("-", ident("k$1"), integer(4)))), U), U), U))

    def test_invocations_merge_into_one_tree(self):
        lines, trees = run(LOOP_PROGRAM, "f", [[0, 9], [3, 9], [5, 1]])
        merged = merge_all(trees)["body"][len(LOOP_PREFIX):]
        iteration = label("'cont0", self.incr,
                          if_(self.is2, [brk("'cont0"), U], []),
                          if_(self.isstop, [brk("'brk0"), U], []),
                          half_call(ident("i$1"), 1))
        self.assertEqual(merged, self.entry(
            label("'brk0", while_(self.cond, iteration), self.negate), self.ret, U))


# A call site whose second callee raises on its first call:
#   def one(k):            def f(n):
#       return k               g = one
#   def boom(k):               i = 0
#       return k // 0          while i < n:
#                                  i += 1
#                                  if i == 2:
#                                      g = boom
#                                  r = g(i)
#                              return r
NEW_CALLEE_RAISES = PROLOGUE + f"""
_pyctl_stmt({ir(set_(ident("one"), clos("one@1:1")))})

def one(k):
    _pyctl_enter('one@1:1')
    _pyctl_stmt({ir(brk("'ret", ident("k$*")))})
    return _pyctl_returning(k)

_pyctl_function(one, 'one@1:1', ['k'])
_pyctl_stmt({ir(set_(ident("boom"), clos("boom@3:1")))})

def boom(k):
    _pyctl_enter('boom@3:1')
    _pyctl_stmt({ir(brk("'ret", binop("//", ident("k$*"), integer(0))))})
    return _pyctl_returning(k // 0)

_pyctl_function(boom, 'boom@3:1', ['k'])
_pyctl_stmt({ir(set_(ident("f"), clos("f@5:1")))})

def f(n):
    _pyctl_enter('f@5:1')
    g = one
    i = 0
    _pyctl_while(0, {ir(binop("<", ident("i$*"), ident("n$*")))})
    while _pyctl_iterate(i < n):
        i += 1
        _pyctl_if({ir(binop("==", ident("i$*"), integer(2)))})
        if _pyctl_branch(i == 2):
            g = boom
            _pyctl_end()
        else:
            _pyctl_end()
        r = _pyctl_call({ir({"callee": ident("g$*"), "target": ident("r$*"), "args": [ident("i$*")]})}, g, i)
        _pyctl_end()
    else:
        _pyctl_end()
    _pyctl_stmt({ir(brk("'ret", ident("r$*")))})
    return _pyctl_returning(r)

_pyctl_function(f, 'f@5:1', ['n'])
""" + EPILOGUE


class GuardChainTest(unittest.TestCase):
    def test_new_callee_raising_on_its_first_call(self):
        # The falsePart of the first guard holds only the next guard (merge rule: b is merged
        # into a.falsePart): no `unknown` after it, although boom's call was left by the
        # exception. (The guard's own truePart and block do end with `unknown`.)
        lines, trees = run(NEW_CALLEE_RAISES, "f", [[3]])
        self.assertEqual(lines, [{"error": "ZeroDivisionError", "stdout": ""}])
        entry = trees[0]["body"][3]["body"][0]["body"]
        iteration = entry[1]["body"][0]["body"][0]
        call = lambda identity, result: guard(ident("g$1"), identity, [set_(ident("r$1"), block(
            label("'ret", let("k$2", ident("i$1")), brk("'ret", result), U)))])
        boom = call("boom@3:1", binop("//", ident("k$2"), integer(0)))
        boom["truePart"][0]["named"]["body"].append(U)
        boom["truePart"].append(U)
        self.assertEqual(iteration["body"][1], guard(
            ident("g$1"), "one@1:1", call("one@1:1", ident("k$2"))["truePart"], [boom]))


class ProtocolTest(unittest.TestCase):
    def test_depth_placeholder_only_in_names(self):
        tracer = pyctl_trace.Tracer("f")
        tracer._set_depth(3)
        node = tracer._node(json.dumps(set_(ident("x$*"), binop("+", string("x$*"), ident("g")))))
        self.assertEqual(node, set_(ident("x$3"), binop("+", string("x$*"), ident("g"))))
        self.assertEqual(tracer._node(json.dumps(let("y$*", undefined()))), let("y$3", undefined()))

    def test_module_level_calls_run_at_depth_one(self):
        program = PROLOGUE + f"""
_pyctl_stmt({ir(let("g", undefined()))})
g: object
_pyctl_stmt({ir(let("v", undefined()))})
v: object
_pyctl_stmt({ir(let("main", undefined()))})
main: object
_pyctl_stmt({ir(set_(ident("g"), clos("g@1:1")))})

def g(a):
    _pyctl_enter('g@1:1')
    _pyctl_stmt({ir(prim("print", ident("a$*")))})
    print(a)
    _pyctl_jump({ir(brk("'ret"))})

_pyctl_function(g, 'g@1:1', ['a'])
v = _pyctl_call({ir({"callee": ident("g"), "target": ident("v"), "args": [integer(7)]})}, g, 7)
_pyctl_stmt({ir(set_(ident("main"), clos("main@5:1")))})

def main():
    _pyctl_enter('main@5:1')
    _pyctl_call({ir({"callee": ident("g"), "target": None, "args": [ident("v")]})}, g, v)
    _pyctl_jump({ir(brk("'ret"))})

_pyctl_function(main, 'main@5:1', [])
""" + EPILOGUE
        lines, trees = run(program, "main", [[]])
        self.assertEqual(lines, [{"repr": "None", "stdout": "7\nNone\n", "json": None}])
        g_body = lambda depth, arg: [block(label(
            "'ret", let("a$%d" % depth, arg), prim("print", ident("a$%d" % depth)), brk("'ret"), U))]
        self.assertEqual(trees[0], block(
            let("g", undefined()), let("v", undefined()), let("main", undefined()),
            set_(ident("g"), clos("g@1:1")),
            guard(ident("g"), "g@1:1", [set_(ident("v"), g_body(1, integer(7))[0])]),
            set_(ident("main"), clos("main@5:1")),
            block(label("'ret", guard(ident("g"), "g@1:1", g_body(2, ident("v"))), brk("'ret"), U))))

    CALLER = PROLOGUE + f"""
_pyctl_stmt({ir(let("f", undefined()))})
f: object
_pyctl_stmt({ir(set_(ident("f"), clos("f@1:1")))})

def f(h):
    _pyctl_enter('f@1:1')
    _pyctl_call({ir({"callee": ident("h$*"), "target": None, "args": []})}, h)
    _pyctl_jump({ir(brk("'ret"))})

_pyctl_function(f, 'f@1:1', ['h'])
""" + EPILOGUE

    def test_calling_a_non_function_records_nothing(self):
        lines, trees = run(self.CALLER, "f", [[5]])
        self.assertEqual(lines, [{"error": "TypeError", "stdout": ""}])
        self.assertEqual(trees[0]["body"][2:], [block(label("'ret", let("h$1", argument(0)), U), U), U])

    def test_builtin_called_through_a_variable_is_guarded(self):
        program = self.CALLER.replace("_pyctl_call(", "h = len\n    _pyctl_call(", 1)
        lines, trees = run(program, "f", [[5]])
        self.assertEqual(lines, [{"error": "TypeError", "stdout": ""}])
        guard = {"kind": "if",
                 "cond": {"kind": "primApp", "event": "isFunction",
                          "eventArgs": [ident("h$1"), {"kind": "string", "value": "builtin len"}]},
                 "truePart": [{"kind": "primApp", "event": "len", "eventArgs": []}],
                 "falsePart": [U]}
        self.assertIn(guard, trees[0]["body"][2]["body"][0]["body"])

    def test_bound_method_called_through_a_variable_is_guarded(self):
        program = self.CALLER.replace("_pyctl_call(", "h = [].copy\n    _pyctl_call(", 1)
        lines, trees = run(program, "f", [[5]])
        self.assertEqual(lines, [{"repr": "None", "stdout": "", "json": None}])
        self_ir = {"kind": "primApp", "event": "getattr",
                   "eventArgs": [ident("h$1"), {"kind": "string", "value": "__self__"}]}
        guard = {"kind": "if",
                 "cond": {"kind": "primApp", "event": "isFunction",
                          "eventArgs": [ident("h$1"), {"kind": "string", "value": "method list.copy"}]},
                 "truePart": [{"kind": "methodCall", "e": self_ir, "method": "copy", "methodCallArgs": []}],
                 "falsePart": [U]}
        self.assertIn(guard, trees[0]["body"][2]["body"][0]["body"])

    def test_classmethod_called_through_a_variable_is_unsupported(self):
        program = self.CALLER.replace("_pyctl_call(", "h = dict.fromkeys\n    _pyctl_call(", 1)
        with self.assertRaisesRegex(pyctl_trace.TraceError, "unsupported: call of"):
            run(program, "f", [[5]])

    def test_enter_checks_the_expected_function(self):
        tracer = pyctl_trace.Tracer("f")
        tracer._expect = "g@1:1"
        with self.assertRaisesRegex(pyctl_trace.TraceError, "entered while g@1:1 was expected"):
            tracer.enter("f@1:1")

    def test_keyword_binding_follows_cpython(self):
        def f(a, b=2, *rest, c, d=4, **kw):
            pass
        bind = pyctl_trace._bind
        self.assertEqual(bind(f, 1, ["c"]), [("pos", 0), ("default", 0), ("kw", 0), ("default", 1),
                                            ("varargs", []), ("kwargs", [])])
        self.assertEqual(bind(f, 3, ["z", "c", "b2"]),
                         [("pos", 0), ("pos", 1), ("kw", 1), ("default", 1), ("varargs", [2]),
                          ("kwargs", [0, 2])])
        for nargs, kws, message in [(1, [], "missing 1 required keyword-only argument: 'c'"),
                                    (0, ["c"], "missing 1 required positional argument: 'a'"),
                                    (1, ["a", "c"], "got multiple values for argument 'a'")]:
            with self.assertRaisesRegex(TypeError, message):
                bind(f, nargs, kws)

        def g(x, *, y):
            pass
        with self.assertRaisesRegex(TypeError, r"takes 1 positional argument but 2 positional "
                                               r"arguments \(and 1 keyword-only argument\) were given"):
            bind(g, 2, ["y"])
        with self.assertRaisesRegex(TypeError, "got an unexpected keyword argument 'z'"):
            bind(g, 1, ["z"])

    # sorted(xs, key=k) with k a user function, as insert-trace instruments it.
    CALLBACK = PROLOGUE + f"""
_pyctl_stmt({ir(let("k", undefined()))})
k: object
_pyctl_stmt({ir(set_(ident("k"), clos("k@1:1")))})

def k(x):
    _pyctl_enter('k@1:1')
    _pyctl_stmt({ir(brk("'ret", op1("-", ident("x$*"))))})
    return _pyctl_returning(-x)

_pyctl_function(k, 'k@1:1', ['x'])

def main(xs):
    _pyctl_enter('main@5:1')
    _pyctl_stmt({ir(let("r$*", undefined()))})
    r: object
    _pyctl_stmt({ir(set_(ident("r$*"), dict(prim("sorted", ident("xs$*")), keywords=[
        {"name": "key", "value": ident("k")}], callback=label("'cb", U))))})
    r = sorted(xs, key=_pyctl_callback(k))
    _pyctl_stmt({ir(brk("'ret", ident("r$*")))})
    return _pyctl_returning(r)

_pyctl_function(main, 'main@5:1', ['xs'])
""" + EPILOGUE

    def test_callbacks_are_inlined_in_the_call(self):
        lines, trees = run(self.CALLBACK, "main", [[[1, 3, 2]], [[]]])
        self.assertEqual(lines[0]["repr"], "[3, 2, 1]")
        key_call = guard(ident("k"), "k@1:1", [
            brk("'cb", block(label("'ret", let("x$2", {"kind": "callbackArg", "index": 0}),
                                   brk("'ret", op1("-", ident("x$2"))), U))), U])
        call = dict(prim("sorted", ident("xs$1")), keywords=[{"name": "key", "value": ident("k")}],
                    callback=label("'cb", key_call, U))
        self.assertEqual(trees[0]["body"][-1], block(label(
            "'ret", let("xs$1", argument(0)), let("r$1", undefined()), set_(ident("r$1"), call),
            brk("'ret", ident("r$1")), U)))
        # No item, no call: the label stays [unknown]; the two trees merge.
        merged = merge_nodes(trees[1], trees[0])
        self.assertEqual(merged["body"][-1]["body"][0]["body"][2]["named"], call)

    def test_recursion_deeper_than_the_limit_is_unsupported(self):
        program = PROLOGUE + f"""
_pyctl_stmt({ir(set_(ident("down"), clos("down@1:1")))})

def down(k):
    _pyctl_enter('down@1:1')
    _pyctl_call({ir({"callee": ident("down"), "target": None, "args": [ident("k$*")]})}, down, k)
    _pyctl_jump({ir(brk("'ret"))})

_pyctl_function(down, 'down@1:1', ['k'])
""" + EPILOGUE
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 20 * pyctl_trace.MAX_DEPTH))
        self.addCleanup(sys.setrecursionlimit, limit)
        with self.assertRaisesRegex(pyctl_trace.TraceError, "recursion deeper than 500 calls"):
            run(program, "down", [[0]])


# --- The harness -------------------------------------------------------------------------------

class HarnessTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def main(self, program, source, inputs, entry):
        instrumented = self.write("fn.instrumented.py", program)
        original = self.write("fn.py", source)
        calls = self.write("calls.jsonl", inputs)
        output = os.path.join(self.dir.name, "trace.json")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = pyctl_trace.main([instrumented, "--inputs", calls, "--entry", entry,
                                       "--source", original, "-o", output])
        envelope = None
        if os.path.exists(output):
            with open(output, encoding="utf-8") as f:
                envelope = json.load(f)
        return status, out.getvalue(), err.getvalue(), envelope

    SOURCE = ("# The running example of the seed paper (its figures 1 and 5).\n"
              "# entry: double_absolute_value\n"
              "def double_absolute_value(x):\n    return x\n")

    def test_result_lines_and_envelope(self):
        status, out, err, envelope = self.main(DOUBLE_ABSOLUTE_VALUE, self.SOURCE,
                                               "[3]\n\n[-4]\n", "double_absolute_value")
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(out.splitlines(), ['{"repr": "6", "stdout": "6\\n", "json": 6}',
                                            '{"repr": "8", "stdout": "8\\n", "json": 8}'])
        self.assertEqual(envelope["format"], "pyctl-trace")
        self.assertEqual(envelope["version"], 1)
        self.assertEqual(envelope["entry"], "double_absolute_value")
        self.assertEqual(envelope["params"], ["x"])
        self.assertEqual(envelope["invocations"], 2)
        self.assertEqual(envelope["source"]["sha256"],
                         hashlib.sha256(self.SOURCE.encode()).hexdigest())
        self.assertEqual(envelope["trace"], double_absolute_value_trace(True, True))
        self.assertEqual(sorted(os.listdir(self.dir.name)),
                         ["calls.jsonl", "fn.instrumented.py", "fn.py", "trace.json"])

    def test_failed_merge_leaves_the_tree_unchanged(self):
        # A deliberately broken program: the node it records depends on the argument.
        program = PROLOGUE + f"""
_pyctl_stmt({ir(set_(ident("f"), clos("f@1:1")))})

def f(x):
    _pyctl_enter('f@1:1')
    _pyctl_stmt('{{"kind": "integer", "value": 1}}' if x else '{{"kind": "string", "value": "a"}}')
    _pyctl_jump({ir(brk("'ret"))})

_pyctl_function(f, 'f@1:1', ['x'])
""" + EPILOGUE
        status, out, err, envelope = self.main(program, "def f(x):\n    pass\n",
                                               "[1]\n[0]\n[2]\n", "f")
        self.assertEqual(status, 1)
        self.assertEqual(len(out.splitlines()), 3)
        self.assertIn("call 2: trace merge failed", err)
        self.assertEqual(envelope["invocations"], 2)
        self.assertEqual(envelope["trace"], block(
            set_(ident("f"), clos("f@1:1")),
            block(label("'ret", let("x$1", argument(0)), integer(1), brk("'ret"), U))))

    def test_unsupported_operation_stops_without_writing(self):
        status, out, err, envelope = self.main(
            DOUBLE_ABSOLUTE_VALUE.replace("_pyctl_enter('double_absolute_value@3:1')",
                                          "_pyctl_enter('wrong@1:1')"),
            self.SOURCE, "[3]\n", "double_absolute_value")
        self.assertEqual((status, out, envelope), (1, "", None))
        self.assertIn("pyctl_trace: error: call 1:", err)

    def test_json_form(self):
        line = pyctl_trace.result_line
        self.assertEqual(line((1, [2.5, "a"], {"k": None})),
                         {"repr": "(1, [2.5, 'a'], {'k': None})", "stdout": "",
                          "json": [1, [2.5, "a"], {"k": None}]})
        for value in (2 ** 63, float("nan"), float("inf"), {(1,): 2}, [range(3)], len,
                      {1: "a", "1": "b"}, {None: 1, "null": 2}, {2 ** 63: 1}):
            self.assertNotIn("json", line(value))
        # Keys as json.dumps converts them.
        keyed = {-3: "i", True: "t", False: "f", None: "n", 1.5: "x", 1e16: "y",
                 float("-inf"): "z", float("nan"): "w"}
        self.assertEqual(list(line(keyed)["json"].items()),
                         [("-3", "i"), ("true", "t"), ("false", "f"), ("null", "n"), ("1.5", "x"),
                          ("1e+16", "y"), ("-Infinity", "z"), ("NaN", "w")])
        self.assertEqual(line(-2 ** 63)["json"], -2 ** 63)
        cyclic = []
        cyclic.append(cyclic)
        self.assertNotIn("json", line(cyclic))
        self.assertEqual(list(line(True, "x")), ["repr", "stdout", "json"])
        self.assertEqual(line(error="ValueError", stdout="x"), {"error": "ValueError", "stdout": "x"})


class IteratorLoopTest(unittest.TestCase):
    """A for loop lowered through iter/next records the builtins as primApps; a dict resized
    during the loop raises RuntimeError from next(), as CPython's dict iterator does."""

    def test_dict_resized_during_the_loop(self):
        lines, trees = run(DICT_LOOP_PROGRAM, "f", [[{}], [{"a": 1}]])
        self.assertEqual(lines[0]["repr"], "None")
        self.assertEqual(lines[1]["error"], "RuntimeError")
        step = set_(ident("_v0$1"), prim("next", ident("_it0$1"), ident("_s0$1")))
        done = binop("is", ident("_v0$1"), ident("_s0$1"))
        head = [let("d$1", argument(0)), let("k$1", undefined()), let("_it0$1", undefined()),
                let("_s0$1", undefined()), let("_v0$1", undefined()),
                set_(ident("_it0$1"), prim("iter", ident("d$1"))),
                set_(ident("_s0$1"), {"kind": "array", "exps": []})]
        true = {"kind": "boolean", "value": True}
        # {}: next() returns the sentinel at once and the loop breaks.
        empty = label("'cont0", step, if_(done, [brk("'brk0"), U], [U]), U)
        self.assertEqual(trees[0]["body"][2:], [block(label(
            "'ret", *head, label("'brk0", while_(true, empty, U), U), brk("'ret"), U))])
        # {"a": 1}: the first step stores d["ax"]; the second step's next() raises, so its
        # statement is recorded and every enclosing body ends early.
        store = set_({"kind": "index", "exp": ident("d$1"),
                      "index": binop("+", ident("k$1"), string("x"))}, integer(0))
        body = label("'cont0", step, if_(done, [U], []), set_(ident("k$1"), ident("_v0$1")), store)
        self.assertEqual(trees[1]["body"][2:], [block(label(
            "'ret", *head, label("'brk0", while_(true, body), U), U), U), U])


# --- try ---------------------------------------------------------------------------------------

def try_(body, handlers, orelse=(), finalbody=()):
    return {"kind": "try", "body": list(body), "handlers": list(handlers),
            "orelse": list(orelse), "finalbody": list(finalbody)}


def handler(types, body, name=None):
    node = {"kind": "handler", "types": list(types), "body": list(body)}
    if name is not None:
        node["name"] = name
    return node


class TryTest(unittest.TestCase):
    # def main(x):                      (after anf)
    #     try:
    #         if x: y = 1 // (x - 1)
    #         else: return 0
    #     except ZeroDivisionError as e: y = str(e)
    #     finally: print("f")
    #     return y
    COND = binop("//", integer(1), binop("-", ident("x$*"), integer(1)))
    SKELETON = try_([U], [handler(["ZeroDivisionError"], [U], ident("e$*"))], [], [U])
    PROGRAM = PROLOGUE + f"""
_pyctl_stmt({ir(let("main", undefined()))})
main: object
_pyctl_stmt({ir(set_(ident("main"), clos("main@1:1")))})

def main(x):
    _pyctl_enter('main@1:1')
    _pyctl_stmt({ir(let("y$*", undefined()))})
    y: object
    _pyctl_stmt({ir(let("e$*", undefined()))})
    e: object
    _pyctl_try0 = _pyctl_try({ir(SKELETON)})
    try:
        _pyctl_if({ir(ident("x$*"))})
        if _pyctl_branch(x):
            _pyctl_stmt({ir(set_(ident("y$*"), COND))})
            y = 1 // (x - 1)
            _pyctl_end()
        else:
            _pyctl_jump({ir(brk("'ret", integer(0)))})
            return 0
        _pyctl_end()
    except ZeroDivisionError as e:
        _pyctl_except(_pyctl_try0, 0)
        _pyctl_stmt({ir(set_(ident("y$*"), prim("str", ident("e$*"))))})
        y = str(e)
        _pyctl_end()
    finally:
        _pyctl_finally(_pyctl_try0)
        _pyctl_stmt({ir(prim("print", string("f")))})
        print("f")
        _pyctl_end()
    _pyctl_stmt({ir(brk("'ret", ident("y$*")))})
    return _pyctl_returning(y)

_pyctl_function(main, 'main@1:1', ['x'])
""" + EPILOGUE

    def trace_of(self, body, handler_body, finalbody, tail):
        return block(
            let("main", undefined()), set_(ident("main"), clos("main@1:1")),
            block(label("'ret", let("x$1", argument(0)), let("y$1", undefined()),
                        let("e$1", undefined()),
                        try_(body, [handler(["ZeroDivisionError"], handler_body, ident("e$1"))],
                             [], finalbody),
                        *tail)))

    def test_caught_exception_leaves_the_body_and_records_the_handler(self):
        lines, trees = run(self.PROGRAM, "main", [[1]])
        self.assertEqual(lines, [{"repr": "'integer division or modulo by zero'",
                                  "stdout": "f\n", "json": "integer division or modulo by zero"}])
        cond = binop("//", integer(1), binop("-", ident("x$1"), integer(1)))
        self.assertEqual(trees[0], self.trace_of(
            [if_(ident("x$1"), [set_(ident("y$1"), cond), U], [U]), U],
            [set_(ident("y$1"), prim("str", ident("e$1")))],
            [prim("print", string("f"))], [brk("'ret", ident("y$1")), U]))

    def test_return_runs_finally_first(self):
        lines, trees = run(self.PROGRAM, "main", [[0]])
        self.assertEqual(lines, [{"repr": "0", "stdout": "f\n", "json": 0}])
        self.assertEqual(trees[0], self.trace_of(
            [if_(ident("x$1"), [U], [brk("'ret", integer(0)), U]), U],
            [U], [prim("print", string("f"))], [U]))

    def test_traces_of_the_clauses_merge(self):
        lines, trees = run(self.PROGRAM, "main", [[1], [0], [3]])
        merged = merge_all(trees)
        body = merged["body"][2]["body"][0]["body"][3]
        self.assertEqual(body["handlers"][0]["body"], [set_(ident("y$1"), prim("str", ident("e$1")))])
        self.assertEqual(body["finalbody"], [prim("print", string("f"))])
        self.assertEqual(len(body["body"][0]["truePart"]), 1)   # ended normally once

    def test_a_trace_error_is_not_swallowed_by_a_handler(self):
        program = self.PROGRAM.replace("except ZeroDivisionError as e:", "except BaseException as e:")
        program = program.replace("y = 1 // (x - 1)", "_pyctl_else(_pyctl_try0)")
        with self.assertRaises(pyctl_trace.TraceError):
            run(program, "main", [[2]])

    def test_arity_errors_carry_cpythons_messages(self):
        # CPython itself is the oracle: the same call of a real function must raise the same text.
        for params, given in [("a", 0), ("a, b, c", 0), ("a, b", 0), ("a", 2), ("a, b=1", 3),
                              ("", 1), ("a, *, k", 1), ("a, *r, k=2", 0)]:
            namespace = {}
            exec("def f(%s): pass" % params, namespace)
            f = namespace["f"]
            with self.assertRaises(TypeError) as expected:
                f(*range(given))
            with self.assertRaises(TypeError) as caught:
                pyctl_trace._bind(f, given, [])
            self.assertEqual(str(caught.exception), str(expected.exception))


# --- map and filter ----------------------------------------------------------------------------

class MapFilterTest(unittest.TestCase):
    """map and filter of builtin functions are primApps like other builtins, run by CPython's own
    lazy iterators; a user function called by one of them stops tracing as unsupported (neither
    tracer records calls made inside whichever builtin pulls the items)."""

    PROGRAM = PROLOGUE + f"""
_pyctl_stmt({ir(let("k", undefined()))})
k: object
_pyctl_stmt({ir(set_(ident("k"), clos("k@1:1")))})

def k(x):
    _pyctl_enter('k@1:1')
    _pyctl_stmt({ir(brk("'ret", op1("-", ident("x$*"))))})
    return _pyctl_returning(-x)

_pyctl_function(k, 'k@1:1', ['x'])

def main(s, f):
    _pyctl_enter('main@5:1')
    _pyctl_stmt({ir(let("m$*", undefined()))})
    m: object
    _pyctl_stmt({ir(set_(ident("m$*"), prim("map", ident("f$*"),
        {"kind": "methodCall", "e": ident("s$*"), "method": "split", "methodCallArgs": [string(",")]})))})
    m = map(f, s.split(","))
    _pyctl_stmt({ir(prim("print", string("made")))})
    print("made")
    _pyctl_stmt({ir(brk("'ret", prim("list", prim("filter", none(), ident("m$*")))))})
    return _pyctl_returning(list(filter(None, m)))

_pyctl_function(main, 'main@5:1', ['s', 'f'])
"""

    @staticmethod
    def entry_with(function):
        """The entry called with (s, function): the inputs carry only s."""
        return """
def serverless_function(trace, args):
    return _pyctl_entry(trace, [args[0], %s])
""" % function

    def test_builtin_functions_are_primapps_and_lazy(self):
        lines, trees = run(self.PROGRAM + self.entry_with("int"), "main", [["1,0,-2"], ["3,x"]])
        self.assertEqual(lines[0], {"repr": "[1, -2]", "stdout": "made\n", "json": [1, -2]})
        # int("x") raises when list() pulls it, after "made" was printed.
        self.assertEqual(lines[1], {"error": "ValueError", "stdout": "made\n"})
        ret = trees[0]["body"][-1]["body"][0]["body"]
        self.assertEqual(ret[-2:], [brk("'ret", prim("list", prim("filter", none(), ident("m$1")))), U])
        # The statement that raised is recorded; every body it left ends with unknown.
        self.assertEqual(trees[1]["body"][-1], U)
        self.assertEqual(trees[1]["body"][-2]["body"][0]["body"][-2:], ret[-2:])

    def test_a_user_function_called_by_map_is_unsupported(self):
        program = self.PROGRAM + self.entry_with("k")
        with self.assertRaisesRegex(pyctl_trace.TraceError, "unsupported: function k@1:1 .*map"):
            run(program, "main", [["1,2"]])


class ValueChecksTest(unittest.TestCase):
    """The checks insert-trace wraps around calls so that the Python tracer refuses what the C++
    evaluator refuses on values CPython accepts (docs/trace-format.md, What both tracers
    refuse)."""

    def test_type_refuses_classes_the_evaluator_cannot_name(self):
        self.assertIs(pyctl_trace.vet_type(5), int)
        self.assertIs(pyctl_trace.vet_type(ValueError("x")), ValueError)
        for value in (iter([]), print, lambda: 0, {}.keys()):
            with self.assertRaisesRegex(pyctl_trace.TraceError, r"unsupported: type\(\) of a"):
                pyctl_trace.vet_type(value)
        with self.assertRaisesRegex(TypeError, "type\\(\\) takes 1 or 3 arguments"):
            pyctl_trace.vet_type(1, 2)

    def test_method_refuses_on_the_named_types_only(self):
        self.assertEqual(pyctl_trace.vet_method("a", "encode", "list"), "a".encode)
        self.assertEqual(pyctl_trace.vet_method(5, "bit_length", "str"), (5).bit_length)
        with self.assertRaisesRegex(pyctl_trace.TraceError, "unsupported: method str.encode"):
            pyctl_trace.vet_method("b", "encode", "str", "list")
        with self.assertRaises(AttributeError):
            pyctl_trace.vet_method(5, "encode", "str")

    def test_set_order_of_strs_is_refused_where_it_shows(self):
        ordered = pyctl_trace.vet_ordered
        self.assertEqual(ordered(list)({1, 2}), [1, 2])
        self.assertEqual(ordered(list)({"a"}), ["a"])
        self.assertEqual(ordered(min)({"b", "a"}), "a")
        self.assertEqual(ordered(sum)({1, 2}), 3)
        for fn, args in ((list, ({"a", "b"},)), (min, ({"a", "b"},)), (iter, ({None, 1},))):
            with self.assertRaisesRegex(pyctl_trace.TraceError, "unsupported: "):
                ordered(fn)(*args, **({"key": len} if fn is min else {}))
        with self.assertRaisesRegex(pyctl_trace.TraceError, "unsupported: "):
            pyctl_trace.vet_shown(repr)([{"a", "b"}])
        with self.assertRaises(TypeError):
            ordered(reversed)({"a", "b"})

    def test_dict_iterators_refuse_a_key_change_that_keeps_the_size(self):
        d = {1: 1, 2: 2}
        it = pyctl_trace.vet_ordered(iter)(d)
        self.assertEqual(next(it), 1)
        d[1] = 5                       # a value: fine
        self.assertEqual(next(it), 2)
        d = {1: 1, 2: 2}
        it = pyctl_trace.vet_ordered(iter)(d.items())
        next(it)
        del d[1]
        d[3] = 3
        with self.assertRaisesRegex(pyctl_trace.TraceError, "changed its keys but not its size"):
            next(it)
        d = {1: 1}
        it = pyctl_trace.vet_ordered(iter)(d)
        d[2] = 2
        with self.assertRaisesRegex(RuntimeError, "changed size"):
            next(it)
        with self.assertRaisesRegex(RuntimeError, "changed size"):
            next(it)

    def test_hash_refuses_hashes_that_vary_per_process(self):
        vet = pyctl_trace.vet_hash
        self.assertEqual(vet(-1), -2)
        self.assertEqual(vet(2 ** 61), 1)
        self.assertEqual(vet((1, 2)), -3550055125485641917)
        self.assertEqual(vet(float("inf")), 314159)
        for value in ("a", None, (1, "a"), float("nan"), (1, (float("nan"),)), iter([]),
                      {}.values(), (1, {}.values())):
            with self.assertRaisesRegex(pyctl_trace.TraceError, "unsupported: hash"):
                vet(value)
        for value in ([1], ("a", [1]), (float("nan"), {}), {}.keys()):
            with self.assertRaisesRegex(TypeError, "unhashable type"):
                vet(value)
        with self.assertRaisesRegex(TypeError, r"hash\(\) takes exactly one argument \(0 given\)"):
            vet()
        # tuplehash has no recursion limit: a tuple nested past Python's is walked, not a
        # RecursionError the program could catch.
        deep = ()
        for _ in range(5000):
            deep = (deep,)
        self.assertEqual(vet(deep), hash(deep))

    def test_re_checks(self):
        vet = pyctl_trace.vet_re
        import re
        self.assertIsNotNone(vet(re.match)("a", "a"))
        with self.assertRaisesRegex(TypeError, "expected string or bytes-like object, got 'int'"):
            vet(re.match)("a", 5)
        for call in (lambda: vet(re.match)("(", "a"), lambda: vet(re.match)("a", "a", 1024),
                     lambda: vet(re.sub)("(a)", "\\10", "a"), lambda: vet(re.sub)("a", str, "a"),
                     lambda: vet(re.compile("a").match)("a", "x"),
                     lambda: vet(re.split)("a", "b", -1)):
            with self.assertRaisesRegex(pyctl_trace.TraceError, "unsupported: "):
                call()
        self.assertEqual(vet("a,b".split)(","), ["a", "b"])


if __name__ == "__main__":
    unittest.main()
