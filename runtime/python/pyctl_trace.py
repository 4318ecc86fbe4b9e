#!/usr/bin/env python3
"""pyctl's Python tracing module and its command-line harness.

The `insert-trace` pass (lib/Transforms/InsertTrace.cpp) rewrites a normalised program so that
every statement is preceded by a call into this module carrying the statement's trace IR as a
JSON string. Running that program records the trace tree of docs/trace-format.md, which must be
identical (as parsed JSON) to what the C++ trace evaluator records for the same program and
inputs.

Usage:
    python3 pyctl_trace.py INSTRUMENTED.py --inputs calls.jsonl --entry NAME \\
        --source ORIGINAL.py -o trace.json

For every line of the inputs file (a JSON array of positional arguments) the instrumented module
is loaded afresh, its module code and the entry call are traced into a fresh tree, one result line
is printed on stdout, and the tree is merged into the accumulated trace, which is written to -o
(atomically) at the end. A merge that fails leaves the accumulated trace unchanged; it is reported
on stderr and the exit status is 1.

The protocol between the instrumented program and the tracer (`_pyctl_*` functions):

    _pyctl_stmt(ir)          record a ready-made node (let, set, expression, `break 'ret E`)
    _pyctl_if(cond)          record `if C [unknown] [unknown]` (before C is evaluated)
    _pyctl_branch(v)         open the arm `v` selects; returns bool(v)
    _pyctl_while(n, cond)    record `label 'brkN [while C [unknown]]` and open the label's body
    _pyctl_iterate(v)        if v is true, open a fresh iteration `[label 'contN [...]]`
    _pyctl_end(k=1)          the end of an arm, loop body or loop `else` was reached (k nested
                             arms at once: the inner arms of a flattened `elif` chain)
    _pyctl_jump(ir)          record a `break L none` node and leave every body up to label L
    _pyctl_returning(v)      leave every body up to 'ret (after `break 'ret E` was recorded)
    _pyctl_function(f, id, params)   tag a function object made by `def` with its identity
    _pyctl_enter(id)         first statement of every instrumented function body
    _pyctl_call(site, f, *args)      a user call statement: guard, inline block, call
    _pyctl_entry(trace, args)        the entry call (from `serverless_function`)
    _pyctl_try(ir)           record a `try` node, open its body; returns the token of the try
    _pyctl_except(tok, i)    first statement of handler i: leave what the exception left open
    _pyctl_else(tok)         first statement of the `else` clause
    _pyctl_finally(tok)      first statement of the `finally` clause
    _pyctl_callback(f)       the key= of a callback call: records f's calls in its 'cb label
    _pyctl_call_ex(site, f)(a, *_pyctl_star(xs), k=v, **_pyctl_kwsplat(d))
                             a user call statement with `*` / `**` arguments: CPython evaluates
                             and checks the arguments; the probe records the call (a lone `*xs`
                             stays `*xs`)
    _pyctl_map(f, *its)      the program's map(...): a user function f is wrapped so that its
    _pyctl_filter(f, it)     calls, made where items are pulled, are recorded in the pulling
                             statement's `pullCallback` label ('pull)

IR strings spell the locals of a function `name$*`; the tracer replaces the `$*` suffix of
`identifier` and `let` names with `$D`, D being the inlining depth of the running activation.

Recording rules this module implements (docs/trace-format.md sections 3 and 4):
  - A body reached to its end is closed as it is; a body left by a `break` node (break, continue,
    return, falling off a function) or by an exception ends with `unknown`: the body holding the
    `break` node, every body between, and the target label's body. Bodies that only hold the
    label that was left (a loop iteration `[label 'contN ...]`, a call's `block`, a guard's
    truePart) are then reached to their end.
  - Each while iteration is recorded into a fresh body and merged into the loop's body when it
    ends (normally, by continue, by break or by an exception).
  - A `try` is an entry of the stack that its clauses' bodies are opened above. A handler (or
    a `finally` reached by an exception) first closes, as left by the exception, every body the
    exception left open above its try. A break, continue or return that leaves a try with a
    `finally` stops there; the `finally` clause's end resumes it.
  - A user call records nothing when its callee or an argument raises (Python evaluates them
    before _pyctl_call runs), when the callee is not a function (TypeError) or the argument count
    is wrong (TypeError). A builtin called through a variable and recursion deeper than
    MAX_DEPTH stop tracing with TraceError ("unsupported"), as the C++ evaluator does.
"""

import argparse
import ast
import contextlib
import ctypes
import gc
import hashlib
import io
import json
import os
import re
import sys
import tempfile
import types

TRACE_FORMAT = "pyctl-trace"
TRACE_VERSION = 1

#: Deepest inlining depth traced; deeper recursion stops tracing (docs/driver.md).
MAX_DEPTH = 500

#: The placeholder suffix insert-trace writes after local names.
LOCAL_PLACEHOLDER = "$*"

#: The `unknown` node. Shared: nodes in a finished body are never modified.
UNKNOWN = {"kind": "unknown"}

#: Fields holding bodies (statement lists) rather than nodes.
BODY_FIELDS = frozenset(("body", "truePart", "falsePart", "orelse", "finalbody"))


class TraceMergeError(Exception):
    """Two trace trees (or files) that cannot be merged; the message names both nodes."""


class TraceError(Exception):
    """The tracer cannot record faithfully: an unsupported operation (a builtin called through
    a variable, recursion deeper than MAX_DEPTH) or an instrumented program that does not follow
    the protocol. Tracing stops; it is never reported as the program's own exception."""


# ---------------------------------------------------------------------------------------------
# Merge (docs/trace-format.md section 4)
# ---------------------------------------------------------------------------------------------

def _describe(node):
    """A short description of a node for error messages."""
    if not isinstance(node, dict):
        return repr(node)
    text = json.dumps(node, ensure_ascii=False, sort_keys=True)
    if len(text) > 160:
        text = text[:157] + "..."
    return "%s node %s" % (node.get("kind", "?"), text)


def _same(a, b):
    """Equality of plain JSON values that, unlike ==, tells 1, 1.0 and true apart."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def _is_guard(node):
    cond = node.get("cond")
    return (node.get("kind") == "if" and isinstance(cond, dict)
            and cond.get("kind") == "primApp"
            and cond.get("event") in ("isFunction", "argCount", "argKeys"))


_MISSING = object()


def merge_nodes(a, b):
    """merge(a, b) of two trace nodes. Pure: neither input is modified; the result may share
    subtrees with them (and is `a` itself when b adds nothing). Raises TraceMergeError when
    the nodes do not merge or are not well-formed trace nodes."""
    try:
        return _merge_node(a, b)
    except (KeyError, TypeError, AttributeError) as exc:
        raise TraceMergeError("cannot merge %s with %s: malformed trace (%s)"
                              % (_describe(a), _describe(b), exc)) from None


def merge_bodies(a, b):
    """mergeBody(a, b): element by element; `unknown` on one side takes the other side's rest;
    a side that ended merges with an `unknown`-only rest into an ended body. Raises
    TraceMergeError when one side ended and the other has a real node, two nodes do not merge,
    or the bodies are not well-formed. Pure, like merge_nodes."""
    if type(a) is not list or type(b) is not list:
        raise TraceMergeError("cannot merge %s with %s: not bodies" % (_describe(a), _describe(b)))
    try:
        return _merge_body(a, b)
    except (KeyError, TypeError, AttributeError) as exc:
        raise TraceMergeError("cannot merge bodies: malformed trace (%s)" % exc) from None


# The workers below assume well-formed nodes (dicts with a "kind", bodies that are lists); the
# public functions above turn the KeyError/TypeError of malformed input into TraceMergeError.

def _merge_node(a, b):
    if a is b:
        return a
    kind = a["kind"]
    kind_b = b["kind"]
    if kind == "unknown":
        return b
    if kind_b == "unknown":
        return a
    if kind == "if" and kind_b == "if" and a["cond"] is not b["cond"] \
            and _is_guard(a) and _is_guard(b) and not _same(a["cond"], b["cond"]):
        # A different callee at the same call site: extend the guard chain.
        merged = dict(a)
        merged["falsePart"] = _merge_body(a["falsePart"], [b])
        return merged
    if kind != kind_b or len(a) != len(b):
        raise TraceMergeError("cannot merge %s with %s" % (_describe(a), _describe(b)))
    changes = None
    for key, va in a.items():
        vb = b.get(key, _MISSING)
        if va is vb:
            continue
        if vb is _MISSING:
            raise TraceMergeError("cannot merge %s with %s" % (_describe(a), _describe(b)))
        if key in BODY_FIELDS:
            if type(va) is not list or type(vb) is not list:
                raise TraceMergeError("cannot merge %s with %s: '%s' is not a body"
                                      % (_describe(a), _describe(b), key))
            value = _merge_body(va, vb)
        elif key == "tenv" and type(va) is dict and type(vb) is dict:
            # Variable names to nodes (a variable may be named `kind`): same names, merged nodes.
            if va.keys() != vb.keys():
                raise TraceMergeError("cannot merge %s with %s" % (_describe(a), _describe(b)))
            items = {name: _merge_field(va[name], vb[name], a, b) for name in va}
            value = va if all(items[name] is va[name] for name in va) else items
        else:
            value = _merge_field(va, vb, a, b)
        if value is not va:
            if changes is None:
                changes = {}
            changes[key] = value
    if changes is None:
        return a
    merged = dict(a)
    merged.update(changes)
    return merged


def _merge_field(va, vb, a, b):
    """A non-body field of nodes a and b: nodes merge, lists merge item by item, other values
    (strings, numbers, a clos's tenv) must be equal."""
    if va is vb:
        return va
    t = type(va)
    if t is dict and "kind" in va and type(vb) is dict and "kind" in vb:
        return _merge_node(va, vb)
    if t is list and type(vb) is list and len(va) == len(vb):
        items = [_merge_field(x, y, a, b) for x, y in zip(va, vb)]
        return va if all(x is y for x, y in zip(items, va)) else items
    if _same(va, vb):
        return va
    raise TraceMergeError("cannot merge %s with %s" % (_describe(a), _describe(b)))


def _merge_body(a, b):
    if a is b:
        return a
    len_a = len(a)
    len_b = len(b)
    out = []
    same = True        # out is a[:i], item for item
    i = 0
    while True:
        if i < len_a:
            x = a[i]
            if i < len_b:
                y = b[i]
                if x is y:
                    out.append(x)
                    i += 1
                    continue
                if y["kind"] == "unknown":
                    return a if same else out + a[i:]
            if x["kind"] == "unknown":
                return out + b[i:]      # b's rest (nothing when b ended here)
            if i >= len_b:
                raise TraceMergeError("cannot merge bodies: the second ends where the first "
                                      "continues with %s" % _describe(x))
            merged = _merge_node(x, y)
            same = same and merged is x
            out.append(merged)
            i += 1
            continue
        if i < len_b:
            y = b[i]
            if y["kind"] == "unknown":
                return a if same else out
            raise TraceMergeError("cannot merge bodies: the first ends where the second "
                                  "continues with %s" % _describe(y))
        return a if same else out


def merge_files(a, b):
    """Merges two trace envelopes (docs/trace-format.md section 1): entry, params and
    source.sha256 must be equal; invocations add up; source.path is the first file's."""
    for field in ("entry", "params"):
        if not _same(a.get(field), b.get(field)):
            raise TraceMergeError("cannot merge trace files: different %s (%r and %r)"
                                  % (field, a.get(field), b.get(field)))
    if a["source"]["sha256"] != b["source"]["sha256"]:
        raise TraceMergeError("cannot merge trace files: they trace different source files "
                              "(sha256 %s and %s)" % (a["source"]["sha256"], b["source"]["sha256"]))
    merged = dict(a)
    merged["invocations"] = a["invocations"] + b["invocations"]
    merged["trace"] = merge_nodes(a["trace"], b["trace"])
    return merged


# ---------------------------------------------------------------------------------------------
# The tracer
# ---------------------------------------------------------------------------------------------

# Kinds of open bodies on the tracer's stack.
_ROOT = "root"        # the invocation's root block
_ARM = "arm"          # the taken arm of an `if`
_BRK = "brk"          # the body of `label 'brkN`: the while node, then the loop's `else`
_ITER = "iter"        # one iteration of a while: [label 'contN [...]]; merged into the loop
_CONT = "cont"        # the body of `label 'contN`: the loop body
_WRAP = "wrap"        # the truePart of a call guard, or the body of a call's block
_RET = "ret"          # the body of `label 'ret`: one function activation
_TRY = "try"          # a `try` statement being run (its body is a scratch list)
_CLAUSE = "clause"    # the body of one clause of a `try`: body, a handler, else or finally
_CB = "cb"            # one call of a key function: a fresh body merged into the `'cb` label

#: Kinds closed normally as soon as the label inside them is closed.
_WRAPPERS = frozenset((_ITER, _WRAP))


def _inert(node):
    """Whether evaluating an argument's IR cannot have an effect or depend on another's: a
    name, a constant, a cell read (the C++ evaluator's inertIR)."""
    kind = node.get("kind")
    if kind in ("identifier", "integer", "number", "string", "boolean", "none"):
        return True
    return kind in ("deref", "from") and _inert(node["exp"])


class _CallProbe:
    """What `_pyctl_call_ex(site, f)` returns: CPython calls it with the call's arguments.
    CPython's messages about them name it as they would name f: "m.f()", with f's
    `__module__` (the `__name__` of the module the program runs as, --module-name) and
    `__qualname__`, as _PyObject_FunctionStr does (no module when it is `builtins`)."""

    def __init__(self, tracer, site, fn):
        self._tracer, self._site, self._fn = tracer, site, fn
        # A builtin held in a variable (docs/trace-format.md, Builtins called through a
        # variable) is recorded and called by __call__; anything else but a user function is
        # refused there (after CPython has checked the arguments, naming the callee as below).
        self._builtin = _builtin_identity(fn)
        tracer._probe_format = self._builtin == "method str.format"
        qualname = getattr(fn, "__qualname__", None)
        if isinstance(qualname, str):
            # As _PyObject_FunctionStr: "f()", "m.f()", "max()", "math.sqrt()", "str.lower()",
            # "list.append()", "Pattern.search()" (no module when it is None or `builtins`).
            module = getattr(fn, "__module__", None)
            self.__qualname__ = qualname
            self.__module__ = module
            if module in (None, "builtins"):
                tracer._probe_str = "%s()" % qualname
            else:
                tracer._probe_str = "%s.%s()" % (module, qualname)
        else:
            tracer._probe_str = str(fn)

    def __str__(self):
        return str(self._fn)

    def __call__(self, *args, **kwargs):
        if self._builtin is not None:
            tracer = self._tracer
            tracer._unpacked = ([], [])
            callee, target, arg_irs, kw_site = tracer._site(self._site)
            return tracer._call_builtin(callee, target, arg_irs, kw_site, self._builtin, self._fn,
                                        args, kwargs)
        return self._tracer._call_unpacking(self._site, self._fn, args, kwargs)


class _Open:
    """One open body: the list being recorded into and what closing it means."""
    __slots__ = ("kind", "body", "label", "loop", "cont", "depth", "caller_depth",
                 "node", "phase", "pending")

    def __init__(self, kind, body, label=None):
        self.kind = kind
        self.body = body
        self.label = label
        self.loop = None           # _BRK, _ITER: the while node
        self.cont = None           # _BRK: the name of the loop's continue label
        self.depth = 0             # _RET: the activation's depth
        self.caller_depth = 0      # _RET: the depth to return to
        self.node = None           # _TRY: the try node
        self.phase = None          # _TRY: the clause running ("body", ...); _CLAUSE: its clause
        self.pending = None        # _TRY: the label a jump waiting for `finally` goes to


def _name_list(names):
    """CPython's format_missing: 'a', 'a' and 'b', 'a', 'b', and 'c'."""
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _signature(fn):
    """(positional names, keyword-only names, which keyword-only have a default, *args name or
    None, **kwargs name or None, number of positional defaults) of a function object."""
    code = fn.__code__
    npos, nkw = code.co_argcount, code.co_kwonlyargcount
    names = code.co_varnames
    kwonly = names[npos:npos + nkw]
    rest = npos + nkw
    varargs = names[rest] if code.co_flags & 0x04 else None
    if varargs is not None:
        rest += 1
    varkw = names[rest] if code.co_flags & 0x08 else None
    kwdefaults = fn.__kwdefaults__ or {}
    return (names[:npos], kwonly, [k in kwdefaults for k in kwonly], varargs, varkw,
            len(fn.__defaults__ or ()))


def _function_info(fn):
    """(identity, params, cells, closure) of a function the program defines; CPython's
    TypeError for a value that is not callable; TraceError for any other callable."""
    info = getattr(fn, "__pyctl_function__", None)
    if info is None:
        if callable(fn):
            raise TraceError("unsupported: call of %r, which is not a function defined by "
                             "the program (a builtin called through a variable?)" % (fn,))
        raise TypeError("'%s' object is not callable" % type(fn).__name__)
    return info


#: The types whose bound methods a user call may call through a variable, by the type name
#: the C++ evaluator's guards use (typeName: `bool`, `re.Match`).
_BOUND_RECEIVERS = {str: "str", list: "list", dict: "dict", tuple: "tuple", set: "set",
                    int: "int", float: "float", bool: "bool", re.Match: "re.Match",
                    re.Pattern: "re.Pattern"}
_DESCRIPTOR_TYPES = (str, list, dict, tuple, set, int, float)


def _builtin_identity(fn):
    """The identity an `isFunction` guard records for a builtin callable held in a variable
    (docs/trace-format.md, Builtins called through a variable): "builtin len", "builtin int",
    "builtin str.lower", "builtin math.sqrt", "builtin json.dumps", or "method dict.get" for a
    method bound to a value; None for anything else (a user function, an exception class,
    a classmethod such as dict.fromkeys, ...)."""
    import builtins
    import math
    if getattr(fn, "__pyctl_function__", None) is not None:
        return None
    kind = type(fn)
    if isinstance(fn, types.BuiltinFunctionType):  # also builtin_method (re.Pattern's)
        owner = getattr(fn, "__self__", None)
        name = fn.__name__
        if owner is builtins and getattr(builtins, name, None) is fn:
            return "builtin " + name
        if owner is math and getattr(math, name, None) is fn:
            return "builtin math." + name
        receiver = _BOUND_RECEIVERS.get(type(owner))
        if receiver is not None:
            return "method %s.%s" % (receiver, name)
        return None
    if kind is types.MethodDescriptorType and fn.__objclass__ in _DESCRIPTOR_TYPES:
        return "builtin %s.%s" % (fn.__objclass__.__name__, fn.__name__)
    if kind is type and not issubclass(fn, BaseException):
        import builtins as b
        if getattr(b, fn.__name__, None) is fn:
            return "builtin " + fn.__name__
        return None
    if kind is types.FunctionType and fn.__module__ in ("json", "re"):
        module = sys.modules.get(fn.__module__)
        if getattr(module, fn.__name__, None) is fn:
            return "builtin %s.%s" % (fn.__module__, fn.__name__)
    return None


def _callback_through_variable(identity, kw_site):
    """Whether a call of the builtin `identity` held in a variable is a callback call: sorted,
    min, max or a list's sort with a `key=` keyword whose IR is neither `none` nor a builtin
    (the C++ evaluator's isCallbackThroughVariable; isCallbackCall for a direct call)."""
    if identity not in ("builtin sorted", "builtin min", "builtin max", "method list.sort"):
        return False
    for k in kw_site:
        if k["name"] == "key":
            return k["value"].get("kind") not in ("none", "builtin")
    return False


def _bind(fn, nargs, kwnames):
    """CPython's binding of a call of `fn` with `nargs` positional arguments and keyword
    arguments `kwnames`: one source per parameter (positional, keyword-only, *args, **kwargs
    order), each ("pos", i), ("kw", k), ("default", d), ("varargs", [i...]) or
    ("kwargs", [k...]). Raises TypeError as CPython does, in its order of checks
    (include/pyctl/AST/ArgumentBinding.h)."""
    name = fn.__qualname__
    params, kwonly, kwhas, varargs, varkw, pos_defaults = _signature(fn)
    npos = len(params)
    slots = [None] * (npos + len(kwonly))
    for i in range(min(nargs, npos)):
        slots[i] = ("pos", i)
    extra_kw = []
    for k, kname in enumerate(kwnames):
        if kname in params:
            slot = params.index(kname)
        elif kname in kwonly:
            slot = npos + kwonly.index(kname)
        else:
            if varkw is None:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, kname))
            extra_kw.append(k)
            continue
        if slots[slot] is not None:
            raise TypeError("%s() got multiple values for argument '%s'" % (name, kname))
        slots[slot] = ("kw", k)
    if nargs > npos and varargs is None:
        kw_given = sum(1 for s in slots[npos:] if s is not None)
        sig = ("from %d to %d" % (npos - pos_defaults, npos)) if pos_defaults else "%d" % npos
        plural = "s" if pos_defaults or npos != 1 else ""
        kwsig = ""
        if kw_given:
            kwsig = " positional argument%s (and %d keyword-only argument%s)" % (
                "s" if nargs != 1 else "", kw_given, "s" if kw_given != 1 else "")
        raise TypeError("%s() takes %s positional argument%s but %d%s %s given"
                        % (name, sig, plural, nargs, kwsig,
                           "was" if nargs == 1 and not kw_given else "were"))
    required = npos - pos_defaults
    missing = []
    for i in range(npos):
        if slots[i] is None:
            if i < required:
                missing.append(params[i])
            else:
                slots[i] = ("default", i - required)
    if missing:
        raise TypeError("%s() missing %d required positional argument%s: %s"
                        % (name, len(missing), "s" if len(missing) > 1 else "", _name_list(missing)))
    next_default = pos_defaults
    for j, has in enumerate(kwhas):
        if slots[npos + j] is None:
            if has:
                slots[npos + j] = ("default", next_default)
            else:
                missing.append(kwonly[j])
        next_default += 1 if has else 0
    if missing:
        raise TypeError("%s() missing %d required keyword-only argument%s: %s"
                        % (name, len(missing), "s" if len(missing) > 1 else "", _name_list(missing)))
    if varargs is not None:
        slots.append(("varargs", list(range(npos, nargs))))
    if varkw is not None:
        slots.append(("kwargs", extra_kw))
    return slots


def _source_irs(slots, arg_irs, kw_names, kw_irs, callee_ir):
    """The IR of each parameter's value, from _bind's sources (docs/trace-format.md,
    Keyword arguments)."""
    out = []
    for kind, where in slots:
        if kind == "pos":
            out.append(arg_irs[where])
        elif kind == "kw":
            out.append(kw_irs[where])
        elif kind == "default":
            out.append({"kind": "default", "exp": callee_ir, "index": where})
        elif kind == "varargs":
            out.append({"kind": "tuple", "exps": [arg_irs[i] for i in where]})
        else:
            out.append({"kind": "dict", "keys": [{"kind": "string", "value": kw_names[k]}
                                                 for k in where],
                        "values": [kw_irs[k] for k in where]})
    return out


def _activation_lets(params, cells, arg_irs, suffix, closure_ir, callee_ir=None, defaults=0,
                     entry=False, npositional=0):
    """The nodes that open an activation at depth `suffix` ("$2"): `let $fn$D = <callee>` for
    a closure, then per parameter `let p$D = <arg>`, or for a parameter nested functions
    capture `let p$D = newCell` and `set (deref p$D) = <arg>`. `arg_irs` holds the IR of
    every parameter's value (_source_irs)."""
    lets = []
    if closure_ir is not None:
        lets.append({"kind": "let", "name": "$fn" + suffix, "named": closure_ir})
    arg_irs = list(arg_irs)
    if entry:
        # The invocation's argument count may vary: every positional parameter is an
        # `argument`, which names the default to use when it is missing.
        required = npositional - defaults
        arg_irs[:npositional] = [
            dict({"kind": "argument", "index": i},
                 **({"default": {"kind": "default", "exp": callee_ir, "index": i - required}}
                    if i >= required else {}))
            for i in range(npositional)]
    for p, a in zip(params, arg_irs):
        name = p + suffix
        if p in cells:
            lets.append({"kind": "let", "name": name, "named": {"kind": "newCell"}})
            lets.append({"kind": "set",
                         "name": {"kind": "deref", "exp": {"kind": "identifier", "name": name}},
                         "named": a})
        else:
            lets.append({"kind": "let", "name": name, "named": a})
    return lets


def _substitute_depth(node, suffix):
    """A copy of IR `node` with the `$*` suffix of identifier and let names replaced by
    `suffix` (e.g. "$2"); nothing else (string constants in particular) is touched."""
    if isinstance(node, list):
        return [_substitute_depth(x, suffix) for x in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "name" and node.get("kind") in ("identifier", "let") \
                and isinstance(value, str) and value.endswith(LOCAL_PLACEHOLDER):
            if suffix is None:
                raise TraceError("local name %r recorded in module code" % value)
            value = value[:-len(LOCAL_PLACEHOLDER)] + suffix
        else:
            value = _substitute_depth(value, suffix)
        out[key] = value
    return out


# ---------------------------------------------------------------------------------------------
# Refusals the C++ evaluator makes on values (docs/trace-format.md, "What both tracers refuse")
# ---------------------------------------------------------------------------------------------

#: The classes type() can name in the C++ evaluator (isBuiltinClassName; an exception instance's
#: class is always named).
_TYPE_NAMES = frozenset(("int", "float", "str", "bool", "list", "tuple", "dict", "range", "set",
                         "enumerate", "zip", "reversed", "map", "filter", "type", "NoneType"))


def _hash_reproducible(value):
    """Whether CPython's hash of `value` is the same in every process (the evaluator's
    hashIsCPythons: bool, int, float, and tuples of those; not str or None)."""
    t = type(value)
    if t is bool or t is int or t is float:
        return True
    if t is tuple:
        return all(_hash_reproducible(item) for item in value)
    return False


def _check_set_order(value):
    """TraceError when `value` is a set of two or more items whose iteration order depends on
    the process's hash seed (a str or None item), as the evaluator's checkSetOrderKnown."""
    if type(value) is set and len(value) > 1 and not all(_hash_reproducible(v) for v in value):
        raise TraceError("unsupported: the iteration order of a set whose table layout CPython "
                         "does not reproduce (it held a value whose hash varies per process or "
                         "is its address, such as a str, None or an exception class, or is a "
                         "display of colliding constants)")


def _check_set_order_deep(value, seen=None):
    """_check_set_order of `value` and of every set inside its lists, tuples and dicts (what a
    repr() shows)."""
    t = type(value)
    if t is set:
        _check_set_order(value)
        return
    if t is list or t is tuple or t is dict:
        seen = set() if seen is None else seen
        if id(value) in seen:
            return
        seen.add(id(value))
        for item in (value.items() if t is dict else value):
            _check_set_order_deep(item, seen)


def _dict_layout(d):
    """What changes when a key is added to dict `d` (CPython 3.11's PyDictObject.ma_keys and
    its dk_nentries, read with ctypes): with the size unchanged, a different value means keys
    were removed and added, the evaluator's Dict::layoutVersion() change."""
    if sys.version_info[:2] != (3, 11) or sys.maxsize != 2**63 - 1:
        raise TraceError("unsupported: dict iteration checks need 64-bit CPython 3.11")
    keys = ctypes.c_void_p.from_address(id(d) + 32).value
    return keys, ctypes.c_ssize_t.from_address(keys + 24).value


class _DictIterator:
    """A dict iterator (dict_keyiterator, ..., or a reverse one) as the evaluator's
    DictIterator: each step first lets CPython raise for a size change, then refuses when keys
    were removed and added since the iterator was made (CPython's answer then depends on its
    table layout), then is CPython's step."""
    __slots__ = ("_it", "_dict", "_size", "_layout")

    def __init__(self, d, it):
        self._it, self._dict, self._size, self._layout = it, d, len(d), _dict_layout(d)

    def __iter__(self):
        return self

    def __next__(self):
        d = self._dict
        if d is None:
            raise StopIteration
        if self._size != len(d):
            self._size = -1
        elif _dict_layout(d) != self._layout:
            raise TraceError("unsupported: a dict changed its keys but not its size while iterated")
        try:
            return next(self._it)
        except StopIteration:
            self._dict = None
            raise

    def __length_hint__(self):
        return self._it.__length_hint__()


_DICT_VIEWS = (type({}.keys()), type({}.values()), type({}.items()))


def _checked_dict_iteration(value, make):
    """`make(value)` (iter or reversed) as a _DictIterator when value is a dict or a view of
    one; otherwise `value` itself."""
    if type(value) is dict:
        return _DictIterator(value, make(value))
    if type(value) in _DICT_VIEWS:
        return _DictIterator(gc.get_referents(value)[0], make(value))
    return value


#: The parameters of the re functions the evaluator implements, and how many are required.
_RE_PARAMS = {
    "search": (("pattern", "string", "flags"), 2), "match": (("pattern", "string", "flags"), 2),
    "fullmatch": (("pattern", "string", "flags"), 2),
    "findall": (("pattern", "string", "flags"), 2),
    "finditer": (("pattern", "string", "flags"), 2),
    "split": (("pattern", "string", "maxsplit", "flags"), 2),
    "sub": (("pattern", "repl", "string", "count", "flags"), 3),
    "subn": (("pattern", "repl", "string", "count", "flags"), 3),
    "compile": (("pattern", "flags"), 1),
}

#: The flags the evaluator's regex engine takes (IGNORECASE, MULTILINE, DOTALL, UNICODE,
#: VERBOSE, ASCII).
_RE_FLAGS = 2 | 8 | 16 | 32 | 64 | 256

_RE_PATTERN = type(re.compile(""))


def _refuse(what):
    raise TraceError("unsupported: " + what)


def _re_bind(fn, args, kwargs, params, required):
    """The binding of an re call's arguments to their parameters: {name: value}, or None where
    CPython's binding raises TypeError (too many, missing, unknown or repeated), which the
    evaluator raises too (ReModule.cpp bind, ArgParse.h bindPythonArgs)."""
    if len(args) > len(params):
        return None
    bound = dict(zip(params, args))
    for key, value in kwargs.items():
        if key not in params or key in bound:
            return None
        bound[key] = value
    if any(name not in bound for name in params[:required]):
        return None
    return bound


def _re_count(fn, value):
    if value is None:
        return
    if type(value) not in (int, bool):
        _refuse("%s count of type %s" % (fn, type(value).__name__))
    if value < 0 or value > 2**40:
        _refuse("%s with a negative or huge count" % fn)


def _re_flags(fn, value):
    if value is None:
        return
    if type(value) not in (int, bool):
        _refuse("%s with flags of type %s" % (fn, type(value).__name__))
    if value < 0 or value & ~_RE_FLAGS:
        _refuse("%s with flags other than re.IGNORECASE, re.MULTILINE, re.DOTALL, re.VERBOSE, "
                "re.ASCII, re.UNICODE" % fn)


def _re_template(template):
    """The sub() templates CPython accepts and the evaluator refuses (parseTemplate): group
    references of two digits, octal escapes, \\g<digits> of more than four digits."""
    i = 0
    while i < len(template):
        if template[i] == "\\" and i + 1 < len(template):
            e = template[i + 1]
            if "1" <= e <= "9" and i + 2 < len(template) and template[i + 2].isdigit() \
                    and template[i + 2] in "0123456789":
                _refuse("re.sub template with a two-digit group reference")
            if e == "0":
                _refuse("re.sub template with an octal escape")
            if e == "g" and template.startswith("<", i + 2):
                close = template.find(">", i + 3)
                name = template[i + 3:close] if close >= 0 else ""
                if len(name) > 4 and all(c in "0123456789" for c in name):
                    _refuse("re.sub template referring to a missing group")
            i += 2
            continue
        i += 1


def _re_call(name, bound, call):
    """Checks the bound arguments of re.NAME as the evaluator does before it matches, then
    makes the call; an re.error (or IndexError for an unknown group name in a template) CPython
    raises for the pattern or template is refused, as the evaluator refuses both."""
    fn = "re." + name
    pattern = bound["pattern"]
    if type(pattern) is not str:
        _refuse("%s with a %s pattern" % (fn, type(pattern).__name__))
    if name in ("sub", "subn"):
        if type(bound["repl"]) is not str:
            _refuse("%s with a %s repl (only str templates are supported)"
                    % (fn, type(bound["repl"]).__name__))
        if type(bound["string"]) is not str:
            _refuse("%s with a %s string" % (fn, type(bound["string"]).__name__))
        _re_count(fn, bound.get("count"))
    _re_flags(fn, bound.get("flags"))
    if name == "split":
        _re_count(fn, bound.get("maxsplit"))
    if name in ("sub", "subn"):
        _re_template(bound["repl"])
    try:
        return call()
    except re.error as exc:
        _refuse("re: invalid pattern or template (%s)" % exc)
    except IndexError as exc:
        if name in ("sub", "subn"):
            _refuse("re.sub template referring to an unknown group name (%s)" % exc)
        raise


def _re_bound(fn, value, default):
    if value is None:
        return default
    if type(value) not in (int, bool):
        _refuse("%s with a %s pos / endpos" % (fn, type(value).__name__))
    if value > 2**60 or value < -2**60:
        _refuse("%s with a huge pos / endpos" % fn)
    return value


def vet_re(fn):
    """An re function or a method that may be one of a compiled pattern (_pyctl_re(f)(...)):
    refuses what the evaluator's re module refuses (ReModule.cpp, PatternObject.cpp); other
    callables are returned as they are."""
    module_fn = getattr(fn, "__module__", None) == "re" and fn.__name__ in _RE_PARAMS
    pattern = getattr(fn, "__self__", None)
    if not module_fn and type(pattern) is not _RE_PATTERN:
        return fn
    name = fn.__name__

    def checked(*args, **kwargs):
        if module_fn:
            params, required = _RE_PARAMS[name]
            bound = _re_bind("re." + name, args, kwargs, params, required)
            if bound is None:
                return fn(*args, **kwargs)  # CPython's TypeError, as the evaluator's
            return _re_call(name, bound, lambda: fn(*args, **kwargs))
        what = "re.Pattern." + name
        if name in ("search", "match", "fullmatch", "findall", "finditer"):
            bound = _re_bind(what, args, kwargs, ("string", "pos", "endpos"), 0)
            if bound is None:
                _refuse(what + " with too many arguments or a repeated keyword")
            if "string" not in bound:
                _refuse(what + " without a string")
            if "pos" in bound or "endpos" in bound:
                start = _re_bound(what, bound.get("pos"), 0)
                end = _re_bound(what, bound.get("endpos"), sys.maxsize)
                text = bound["string"]
                if type(text) is str and name == "match":
                    n = len(text)
                    if min(max(start, 0), n) > min(max(end, 0), n):
                        _refuse(what + " with pos > endpos (sre may still match an empty "
                                "pattern there)")
                return fn(*args, **kwargs)
            params = ("string",)
        elif name in ("sub", "subn"):
            params = ("repl", "string", "count")
        else:
            params = ("string", "maxsplit")
        if len(args) > len(params):
            _refuse(what + " with pos / endpos or too many arguments")
        for key in kwargs:
            if key not in params:
                _refuse("%s keyword '%s'" % (what, key))
        bound = _re_bind("re." + name, (pattern.pattern,) + args, kwargs,
                         _RE_PARAMS[name][0], _RE_PARAMS[name][1])
        if bound is None:
            _refuse(what + " with missing arguments")
        return _re_call(name, bound, lambda: fn(*args, **kwargs))
    return _named_like(checked, fn)


def _named_like(wrapper, fn):
    """`wrapper`, named as `fn` where CPython's messages about a call's `*` / `**` arguments
    name the callee (_PyObject_FunctionStr: `__module__` and `__qualname__`)."""
    wrapper.__qualname__ = getattr(fn, "__qualname__", wrapper.__qualname__)
    wrapper.__module__ = getattr(fn, "__module__", None)
    return wrapper


def vet_type(*args, **kwargs):
    """The program's `type(...)` (_pyctl_type): CPython's answer where the evaluator gives it,
    TraceError where it refuses (a class it cannot name: functions, builtins, iterators, re
    objects; keyword arguments; three arguments)."""
    if len(args) == 3:
        raise TraceError("unsupported: type() with three arguments (a new class)")
    cls = type(*args, **kwargs)  # CPython's TypeErrors for other counts and for keywords
    if len(args) == 1 and not isinstance(args[0], BaseException) and cls.__name__ not in _TYPE_NAMES:
        raise TraceError("unsupported: type() of a '%s' value" % cls.__name__)
    return cls


#: The builtin exception classes of pyctl's hierarchy that derive from Exception
#: (include/pyctl/Runtime/ExceptionClasses.h): what `raise cls(...)` and `raise cls` may raise.
_RAISABLE_CLASSES = frozenset((
    "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "FloatingPointError",
    "AssertionError", "AttributeError", "LookupError", "IndexError", "KeyError", "NameError",
    "UnboundLocalError", "RuntimeError", "NotImplementedError", "RecursionError", "StopIteration",
    "TypeError", "ValueError", "UnicodeError"))
_UNRAISABLE_CLASSES = frozenset(("BaseException", "KeyboardInterrupt", "SystemExit", "GeneratorExit"))


def _exception_class_name(value):
    """The name of the builtin exception class `value` of pyctl's hierarchy; for another
    exception class (json.JSONDecodeError, the class of a caught one) its name, which the
    evaluator refuses to raise as it does BaseException's family; else None."""
    import builtins
    if isinstance(value, type) and issubclass(value, BaseException):
        name = value.__name__
        if (name in _RAISABLE_CLASSES or name in _UNRAISABLE_CLASSES) and getattr(builtins, name, None) is value:
            return name
        return name if name in _UNRAISABLE_CLASSES else "<" + name + ">"
    return None


def vet_raise_class(cls):
    """The callee of `raise cls(args)` for a variable cls (_pyctl_raise_class): called with the
    arguments (CPython evaluates them before the call), it makes the exception of a class the
    evaluator raises and refuses anything else, as TraceEvaluator does."""
    def call(*args):
        name = _exception_class_name(cls)
        if name is None:
            raise TraceError("unsupported: raise of a call of a '%s' value (pyctl raises only "
                             "exception classes held in variables)" % type(cls).__name__)
        if name not in _RAISABLE_CLASSES:
            raise TraceError("unsupported: raise of the exception class '%s' (pyctl raises the "
                             "builtin classes derived from Exception only)" % name.strip("<>"))
        return cls(*args)
    return call


def vet_raise_value(value):
    """The operand of `raise v` (_pyctl_raise_value): an exception class that does not derive
    from Exception is refused, as TraceEvaluator does; anything else is raised by CPython."""
    name = _exception_class_name(value)
    if name is not None and name not in _RAISABLE_CLASSES:
        raise TraceError("unsupported: raise of the exception class '%s' (pyctl raises the builtin "
                         "classes derived from Exception only)" % name.strip("<>"))
    return value


def vet_method(receiver, name, *unsupported):
    """`receiver.name` of a method call (_pyctl_method): insert-trace names the types whose
    method `name` CPython has and the evaluator does not implement; on such a receiver this
    refuses as the evaluator does ("method str.encode"), otherwise it is getattr()."""
    type_name = type(receiver).__name__
    if type_name in unsupported:
        raise TraceError("unsupported: method %s.%s" % (type_name, name))
    return getattr(receiver, name)


_UNHASHABLE = (list, dict, set, type({}.keys()), type({}.items()))  # dict_values: identity hash


def _hash_leaves(value, found):
    """Walks `value` as tuplehash does (the evaluator's hashLeaves): found["unhashable"] is the
    first list, dict, set or keys/items view, found["other"] the first other value that is not a
    bool, int or float (as 1-tuples; a values view is one: CPython hashes it by address).
    found["nan"] is set when a float NaN is met. Walked with a stack of its own, so a tuple
    nested deeper than Python's recursion limit (which tuplehash hashes) is walked too."""
    pending = [value]
    while pending and "unhashable" not in found:
        value = pending.pop()
        if type(value) is tuple:
            pending.extend(reversed(value))
        elif type(value) in _UNHASHABLE:
            found["unhashable"] = (value,)
        elif type(value) not in (bool, int, float):
            found.setdefault("other", (value,))
        elif type(value) is float and value != value:
            found["nan"] = True


def vet_hash(*args, **kwargs):
    """The program's `hash(...)` (_pyctl_hash): CPython's hash where it is the same in every
    process (bools, ints, floats other than NaN, tuples of those) and CPython's TypeError for
    an unhashable value anywhere tuplehash reaches; TraceError, as the evaluator, for a str or
    None (randomised per process or address-based), a NaN or any other value."""
    if len(args) == 1 and not kwargs:
        found = {}
        _hash_leaves(args[0], found)
        if "unhashable" not in found:
            if "other" in found:
                raise TraceError("unsupported: hash() of a '%s' value (its hash varies between "
                                 "processes or depends on object identity)"
                                 % type(found["other"][0]).__name__)
            if "nan" in found:
                raise TraceError("unsupported: hash of a float NaN depends on object identity")
    return hash(*args, **kwargs)  # CPython's TypeErrors: unhashable, argument count, keywords


def _totally_ordered(items):
    """Whether sorting `items` cannot depend on their order (the evaluator's totallyOrdered):
    all numbers (no NaN), all strs, or tuples of one length whose columns are."""
    if not items:
        return True
    if all(type(v) in (bool, int, float) and v == v for v in items):
        return True
    if all(type(v) is str for v in items):
        return True
    if not all(type(v) is tuple and len(v) == len(items[0]) for v in items):
        return False
    return all(_totally_ordered([v[col] for v in items]) for col in range(len(items[0])))


def _check_order_free(value, what):
    """The evaluator's setItemsFor for a set whose order would change the result."""
    if len(value) > 1 and not all(_hash_reproducible(v) for v in value):
        raise TraceError("unsupported: %s of a set whose order can change the result" % what)


def vet_ordered(fn):
    """A builtin that observes the iteration order of its arguments (_pyctl_ordered(f)(...)):
    a set argument whose order depends on the hash seed is refused first, as the evaluator
    does (min, max and sum only when the order can change their result)."""
    def checked(*args, **kwargs):
        if getattr(fn, "__name__", None) == "pop" and type(getattr(fn, "__self__", None)) is set:
            _check_set_order(fn.__self__)      # set.pop takes the first item of the table
        elif fn is sorted:
            if len(args) == 1 and type(args[0]) is set and set(kwargs) <= {"key", "reverse"}:
                if kwargs.get("key") is not None or not _totally_ordered(list(args[0])):
                    _check_order_free(args[0], "sorted()")
        elif getattr(fn, "__name__", None) == "pop":
            pass
        elif fn is min or fn is max:
            if len(args) == 1 and type(args[0]) is set and set(kwargs) <= {"key", "default"}:
                if kwargs.get("key") is not None or not _totally_ordered(list(args[0])):
                    _check_order_free(args[0], fn.__name__)
        elif fn is sum:
            start = args[1] if len(args) > 1 else kwargs.get("start", 0)
            if (args and type(args[0]) is set and len(args) + len(kwargs) <= 2
                    and set(kwargs) <= {"start"} and type(start) is not str):
                if not (type(start) in (int, bool)
                        and all(type(v) in (int, bool) for v in args[0])):
                    _check_order_free(args[0], "sum()")
        elif fn is not reversed:
            for arg in args:
                _check_set_order(arg)
        if fn is reversed or fn is iter:
            if len(args) == 1 and not kwargs:
                checked_it = _checked_dict_iteration(args[0], fn)
                if checked_it is not args[0]:
                    return checked_it
        elif fn is zip:
            args = [_checked_dict_iteration(arg, iter) for arg in args]
        elif fn is map or fn is filter:
            args = args[:1] + tuple(_checked_dict_iteration(arg, iter) for arg in args[1:])
        elif (fn is enumerate or fn is min or fn is max) and len(args) == 1:
            args = (_checked_dict_iteration(args[0], iter),)
        return fn(*args, **kwargs)
    return _named_like(checked, fn)


def vet_shown(fn):
    """A builtin that shows the repr of its arguments (print, repr, str, format, str.format:
    _pyctl_shown(f)(...)):
    a set whose order depends on the hash seed anywhere inside them is refused first."""
    def checked(*args, **kwargs):
        for arg in args + tuple(kwargs.values()):
            _check_set_order_deep(arg)
        return fn(*args, **kwargs)
    return _named_like(checked, fn)


class Tracer:
    """Records the trace of one invocation: module code, then the entry call.

    The instrumented program calls the module-level `_pyctl_*` functions; activate() binds them
    to this tracer's methods. The tracer keeps a stack of open bodies; a body reached to its end
    is closed as it is, a body left by a `break` node or an exception gets a trailing `unknown`.
    """

    def __init__(self, entry):
        self.entry_name = entry
        self.root = {"kind": "block", "body": []}
        self._stack = [_Open(_ROOT, self.root["body"])]
        self._body = self.root["body"]
        self.depth = 0
        self._ir_cache = {}        # depth -> {IR string -> node at that depth}
        self._ir = self._ir_at(0)
        self._site_cache = {}      # (site JSON, depth) -> (callee, target, args) at that depth
        self._expect = None        # the identity _pyctl_enter must see next
        self._unpacked = ([], [])  # counts of `*` items and keys of `**` dicts of a call_ex
        self._probe_str = ""       # the callee of that call as CPython's messages name it
        self._probe_format = False  # whether that callee is a str.format bound method
        self._functions = {}       # name -> function object, for module-level defs
        self._pull_labels = set()  # ids of the private `pullCallback` labels of this invocation

    # -- binding -------------------------------------------------------------------------------

    def activate(self):
        """Binds the module's `_pyctl_*` functions to this tracer (for the next module load)."""
        namespace = globals()
        for name, method in _API.items():
            namespace[name] = getattr(self, method)

    # -- helpers -------------------------------------------------------------------------------

    def _ir_at(self, depth):
        cache = self._ir_cache.get(depth)
        if cache is None:
            cache = self._ir_cache[depth] = {}
        return cache

    def _node(self, ir):
        """The node for IR string `ir` at the current depth (cached; never modified)."""
        node = self._ir.get(ir)
        if node is None:
            suffix = "$%d" % self.depth if self.depth else None
            node = self._ir[ir] = _substitute_depth(json.loads(ir), suffix)
        return node

    def _push(self, entry):
        self._stack.append(entry)
        self._body = entry.body

    def _set_depth(self, depth):
        self.depth = depth
        self._ir = self._ir_at(depth)

    def _close(self, ended):
        """Pops the innermost open body; `ended` says whether its end was reached."""
        entry = self._stack.pop()
        if not ended:
            entry.body.append(UNKNOWN)
        if entry.kind is _ITER or entry.kind is _CB:
            self._merge_iteration(entry)
        elif entry.kind is _RET:
            self._set_depth(entry.caller_depth)
        self._body = self._stack[-1].body if self._stack else None
        return entry

    @staticmethod
    def _merge_iteration(entry):
        """Merges a finished iteration into its loop's body."""
        loop = entry.loop
        try:
            loop["body"] = _merge_body(loop["body"], entry.body)
        except TraceMergeError as exc:
            raise TraceError("iterations of one loop do not merge: %s" % exc) from None

    def _close_wrappers(self):
        while self._stack[-1].kind in _WRAPPERS:
            self._close(True)

    def _leave(self, label):
        """Leaves every open body up to and including the innermost one of label `label`. A
        try with a `finally` (not yet running) on the way stops the jump: the `finally` clause
        runs next, and its end resumes the jump."""
        stack = self._stack
        while True:
            if len(stack) == 1:
                raise TraceError("break to label %s with no such label open" % label)
            top = stack[-1]
            if top.kind is _TRY:
                if top.node["finalbody"] and top.phase != "finally":
                    top.pending = label
                    self._body = top.body
                    return
                stack.pop()
                continue
            if self._close(False).label == label:
                break
        self._close_wrappers()

    def _unwind_to(self, tok):
        """Closes every body open above the try `tok`, as left by an exception."""
        if tok not in self._stack:
            raise TraceError("a clause of a try that is not running")
        while self._stack[-1] is not tok:
            self._close(False)
        self._body = tok.body

    def _open_clause(self, tok, phase, body):
        tok.phase = phase
        entry = _Open(_CLAUSE, body)
        entry.phase = phase
        self._push(entry)

    @staticmethod
    def _reraise_trace_error():
        """A TraceError the program's handler or `finally` is about to swallow stops tracing."""
        exc = sys.exc_info()[1]
        if isinstance(exc, TraceError):
            raise exc

    # -- the protocol (bound to the module's _pyctl_* names by activate) -------------------------

    def stmt(self, ir):
        """Records the node `ir` (JSON text) in the current body."""
        node = self._ir.get(ir)
        self._body.append(node if node is not None else self._node(ir))

    def if_(self, cond):
        """Records `if C [unknown] [unknown]`; _pyctl_branch then opens the taken arm."""
        self._body.append({"kind": "if", "cond": self._node(cond),
                           "truePart": [UNKNOWN], "falsePart": [UNKNOWN]})

    def branch(self, value):
        """Opens the arm of the `if` just recorded that `value` selects; returns bool(value)."""
        node = self._body[-1]
        if node.get("kind") != "if":
            raise TraceError("_pyctl_branch without _pyctl_if")
        taken = True if value else False
        arm = []
        node["truePart" if taken else "falsePart"] = arm
        self._push(_Open(_ARM, arm))
        return taken

    def while_(self, number, cond):
        """Records `label 'brkN [while C [unknown]]` and opens the label's body."""
        loop = {"kind": "while", "cond": self._node(cond), "body": [UNKNOWN]}
        label = {"kind": "label", "name": "'brk%d" % number, "body": [loop]}
        self._body.append(label)
        entry = _Open(_BRK, label["body"], label["name"])
        entry.loop = loop
        entry.cont = "'cont%d" % number
        self._push(entry)

    def iterate(self, value):
        """Called with the loop condition's value: when true, opens a fresh iteration."""
        if not value:
            return False
        brk = self._stack[-1]
        if brk.kind is not _BRK:
            raise TraceError("_pyctl_iterate outside a loop")
        cont = {"kind": "label", "name": brk.cont, "body": []}
        iteration = _Open(_ITER, [cont])
        iteration.loop = brk.loop
        self._push(iteration)
        self._push(_Open(_CONT, cont["body"], brk.cont))
        return True

    def end(self, count=1):
        """The end of `count` nested bodies was reached: an `if` arm, a loop body or a loop's
        `else` each (count > 1 closes the arms of an `elif` chain the printer keeps flat)."""
        for _ in range(count):
            self._end_one()

    def _end_one(self):
        stack = self._stack
        kind = stack[-1].kind
        if kind is _CONT:
            # The end of a loop body: its 'cont label and then the iteration end.
            stack.pop()
            self._merge_iteration(stack.pop())
        elif kind is _ARM or kind is _BRK:
            # Opened in a plain body, never directly inside a wrapper: nothing else closes.
            stack.pop()
        elif kind is _CLAUSE:
            clause = stack.pop().phase
            tok = stack[-1]
            node = tok.node
            if clause == "finally":
                stack.pop()
                if tok.pending is not None:
                    self._body = stack[-1].body
                    self._leave(tok.pending)
                    return
            elif clause == "body" and node["orelse"]:
                tok.phase = "ended"           # the `else` clause comes next
            elif node["finalbody"]:
                tok.phase = "ended"           # the `finally` clause comes next
            else:
                stack.pop()
        else:
            raise TraceError("_pyctl_end with no arm or loop open")
        self._body = stack[-1].body

    def jump(self, ir):
        """Records the `break` node `ir` (whose value cannot raise) and leaves to its label."""
        node = self._node(ir)
        self._body.append(node)
        self._leave(node["name"])

    def returning(self, value):
        """`return e` after `break 'ret E` was recorded and e evaluated: leaves the function."""
        self._leave("'ret")
        return value

    def try_(self, ir):
        """Records the `try` node `ir` (JSON text, every body `[unknown]`, an absent `else` or
        `finally` `[]`), opens its body and returns the token the clauses name it by."""
        skeleton = self._node(ir)
        node = dict(skeleton)
        node["handlers"] = [dict(h) for h in skeleton["handlers"]]
        node["orelse"] = list(skeleton["orelse"])
        node["finalbody"] = list(skeleton["finalbody"])
        body = []
        node["body"] = body
        self._body.append(node)
        tok = _Open(_TRY, [])
        tok.node = node
        self._push(tok)
        self._open_clause(tok, "body", body)
        return tok

    def except_(self, tok, index):
        """Handler `index` of try `tok` caught an exception: closes what the exception left
        open and opens the handler's body."""
        self._reraise_trace_error()
        self._unwind_to(tok)
        body = []
        tok.node["handlers"][index]["body"] = body
        self._open_clause(tok, "handler", body)

    def else_(self, tok):
        """The body of try `tok` ended normally: opens its `else` body."""
        if self._stack[-1] is not tok:
            raise TraceError("_pyctl_else while the try body is still open")
        body = []
        tok.node["orelse"] = body
        self._open_clause(tok, "else", body)

    def finally_(self, tok):
        """Opens the `finally` body of try `tok`. Reached by an exception, it first closes
        what the exception left open."""
        self._reraise_trace_error()
        if not (self._stack[-1] is tok and (tok.phase == "ended" or tok.pending is not None)):
            self._unwind_to(tok)
        body = []
        tok.node["finalbody"] = body
        self._open_clause(tok, "finally", body)

    def function(self, fn, identity, params, cell_params=(), closure=False):
        """Tags the function object made by a `def` with its identity, its parameters, those
        of them nested functions capture (cells), and whether it is a closure (uses variables
        of enclosing functions, so its activations bind `$fn$D` to the called closure). (A
        lambda's def, `_lambdaN`, carries CPython's `__name__` and `__qualname__` already: the
        printed program sets them after the def.) Module-level defs are found by the name of
        their def (`co_name`)."""
        fn.__pyctl_function__ = (identity, tuple(params), frozenset(cell_params), closure)
        if self.depth == 0:
            self._functions[fn.__code__.co_name] = fn

    def enter(self, identity):
        """First statement of an instrumented function. Called through _pyctl_call,
        _pyctl_entry or a key function wrapped by _pyctl_callback, which recorded the
        activation, it only checks that."""
        if self._expect is None:
            raise TraceError("unsupported: function %s was called from outside traced code (by "
                             "a builtin other than a callback call, or a map() or filter() the "
                             "program did not make itself)" % identity)
        if self._expect != identity:
            raise TraceError("function %s was entered while %s was expected"
                             % (identity, self._expect))
        self._expect = None

    def _site(self, site):
        key = (site, self.depth)
        parsed = self._site_cache.get(key)
        if parsed is None:
            data = self._node(site)
            parsed = self._site_cache[key] = (data["callee"], data.get("target"), data["args"],
                                              data.get("keywords", []))
        return parsed

    def _open_activation(self, lets):
        """Makes `block [label 'ret [lets...]]` for a call from the current depth, opens the
        block's body and the label's body at depth D+1, and returns the block (the caller puts
        it in place)."""
        label = {"kind": "label", "name": "'ret", "body": lets}
        block = {"kind": "block", "body": [label]}
        self._push(_Open(_WRAP, block["body"]))
        ret = _Open(_RET, lets, "'ret")
        ret.depth = self.depth + 1
        ret.caller_depth = self.depth
        self._push(ret)
        self._set_depth(ret.depth)
        return block

    def _check_depth(self):
        if self.depth + 1 > MAX_DEPTH:
            raise TraceError("unsupported: recursion deeper than %d calls" % MAX_DEPTH)

    def call(self, site, fn, /, *args, **kwargs):
        """A user call statement `x = f(a...)` / `f(a...)`. `site` (JSON) holds the IR of the
        callee, the target (null for an expression statement) and the arguments, all evaluated
        by Python before this runs. Records
            if (isFunction [F, string ID]) [set T = block [label 'ret [let p$(D+1) = A, ...]]]
                                           [unknown]
        (the bare block for an expression statement), runs f and returns its value. A callee
        that is not a function or a wrong argument count raises TypeError before anything is
        recorded."""
        callee, target, arg_irs, kw_site = self._site(site)
        builtin = _builtin_identity(fn)
        if builtin is not None:
            return self._call_builtin(callee, target, arg_irs, kw_site, builtin, fn, args, kwargs)
        if kw_site and not all(_inert(a) for a in arg_irs + [k["value"] for k in kw_site]):
            # The callee's lets follow the parameters' order: bind from temporaries made in
            # call order, as calls with `*` / `**` do.
            self._unpacked = ([], [])
            return self._call_unpacking(site, fn, args, kwargs)
        identity, params, cells, closure = _function_info(fn)
        kw_names = list(kwargs)
        slots = _bind(fn, len(args), kw_names)
        self._check_depth()
        height = len(self._stack)
        kw_irs = [k["value"] for k in kw_site]
        lets = _activation_lets(params, cells, _source_irs(slots, arg_irs, kw_names, kw_irs, callee),
                                "$%d" % (self.depth + 1), callee if closure else None, callee)
        guard = {"kind": "primApp", "event": "isFunction",
                 "eventArgs": [callee, {"kind": "string", "value": identity}]}
        arm = []
        self._body.append({"kind": "if", "cond": guard, "truePart": arm, "falsePart": [UNKNOWN]})
        self._push(_Open(_WRAP, arm))
        block = self._open_activation(lets)
        arm.append(block if target is None else {"kind": "set", "name": target, "named": block})
        self._expect = identity
        value = fn(*args, **kwargs)
        if len(self._stack) != height:
            raise TraceError("function %s returned without leaving its 'ret label" % identity)
        return value

    def _call_builtin(self, callee, target, arg_irs, kw_site, identity, fn, args, kwargs):
        """A user call statement whose callee holds a builtin callable (`f = len; n = f(x)`):
        records `if (isFunction [F, string "builtin len"]) [set T = primApp len [A...]]
        [unknown]` (a bound method, "method TYPE.NAME": `methodCall (primApp getattr [F,
        string "__self__"]) NAME [A...]`), then calls it (docs/trace-format.md, Builtins
        called through a variable)."""
        callback = _callback_through_variable(identity, kw_site)
        if any(getattr(v, "__pyctl_function__", None) is not None
               for v in list(args) + [v for k, v in kwargs.items() if not (callback and k == "key")]):
            raise TraceError("unsupported: a user function (or lambda) passed to a builtin called "
                             "through a variable")
        name = identity.split(" ", 1)[1]
        if identity.startswith("builtin "):
            node = {"kind": "primApp", "event": name, "eventArgs": list(arg_irs)}
        else:
            node = {"kind": "methodCall",
                    "e": {"kind": "primApp", "event": "getattr",
                          "eventArgs": [callee, {"kind": "string", "value": "__self__"}]},
                    "method": name.rsplit(".", 1)[1], "methodCallArgs": list(arg_irs)}
        if kw_site:
            node["keywords"] = [{"name": k["name"], "value": k["value"]} for k in kw_site]
        if callback:
            # A user key function's calls are recorded in this label, as for a direct
            # `sorted(xs, key=f)` (docs/trace-format.md, Callbacks).
            label = node["callback"] = {"kind": "label", "name": "'cb", "body": [UNKNOWN]}
            key = kwargs.get("key")
            if getattr(key, "__pyctl_function__", None) is not None:
                key_ir = next(k["value"] for k in kw_site if k["name"] == "key")

                def traced(*a):
                    return self._callback_call(label, key_ir, key, a)
                kwargs = dict(kwargs)
                kwargs["key"] = traced
        guard = {"kind": "primApp", "event": "isFunction",
                 "eventArgs": [callee, {"kind": "string", "value": identity}]}
        arm = [node if target is None else {"kind": "set", "name": target, "named": node}]
        self._body.append({"kind": "if", "cond": guard, "truePart": arm, "falsePart": [UNKNOWN]})
        return fn(*args, **kwargs)

    def call_ex(self, site, fn):
        """The callee of an instrumented user call with `*` or `**` arguments: returns a probe
        that CPython calls with the call's own arguments (so CPython evaluates, unpacks and
        checks them in its order, naming the callee in its messages as the C++ evaluator does),
        and which records the call (docs/trace-format.md, Unpacking in user calls)."""
        self._unpacked = ([], [])
        return _CallProbe(self, site, fn)

    def star(self, value):
        """`*value` that is not the call's only positional item: unpacked where it stands."""
        try:
            it = iter(value)
        except TypeError:
            raise TypeError("Value after * must be an iterable, not %s"
                            % type(value).__name__) from None
        items = tuple(it)
        self._unpacked[0].append(len(items))
        return items

    def kwsplat(self, value):
        """`**value`: a dict, whose keys (at this point) the probe needs."""
        if type(value) is not dict:
            raise TypeError("%s argument after ** must be a mapping, not %s"
                            % (self._probe_str, type(value).__name__))
        if self._probe_format and any(type(k) is not str for k in value):
            # CPython's str.format ignores such keys; the probe (a Python function) cannot
            # receive them. The C++ evaluator refuses them at the same point.
            raise TraceError("unsupported: a '**' dict with a key that is not a str in a call of "
                             "str.format held in a variable")
        self._unpacked[1].append(list(value))
        return value

    def _call_unpacking(self, site, fn, args, kwargs):
        counts, splat_keys = self._unpacked
        self._unpacked = ([], [])
        callee, target, arg_sites, kw_site = self._site(site)
        identity, params, cells, closure = _function_info(fn)
        kw_names = list(kwargs)
        slots = _bind(fn, len(args), kw_names)
        self._check_depth()
        d = "$%d" % self.depth
        nargs = len(arg_sites)
        lone = nargs == 1 and arg_sites[0].get("kind") == "starred"

        def temp(prefix, n):
            return {"kind": "identifier", "name": "%s%d%s" % (prefix, n, d)}

        def let(prefix, n, value):
            return {"kind": "let", "name": "%s%d%s" % (prefix, n, d), "named": value}

        pos_irs, kw_irs, lets, conds = [], [], [], []
        star_counts = iter(counts)
        for i, a in enumerate(arg_sites):
            if a.get("kind") != "starred":
                pos_irs.append(temp("$a", i))
                lets.append(let("$a", i, a))
                continue
            n = len(args) if lone else next(star_counts)
            src = temp("$s" if lone else "$a", i)
            pos_irs.extend({"kind": "index", "exp": src, "index": {"kind": "integer", "value": j}}
                           for j in range(n))
            lets.append(let("$a", i, a["exp"] if lone else
                            {"kind": "primApp", "event": "tuple", "eventArgs": [a["exp"]]}))
            conds.append({"kind": "primApp", "event": "argCount",
                          "eventArgs": [src, {"kind": "integer", "value": n}]})
        splats = iter(splat_keys)
        for k, kw in enumerate(kw_site):
            src = temp("$a", nargs + k)
            if kw["name"] != "**":
                kw_irs.append(src)
                lets.append(let("$a", nargs + k, kw["value"]))
                continue
            keys = next(splats)
            kw_irs.extend({"kind": "index", "exp": src, "index": {"kind": "string", "value": key}}
                          for key in keys)
            lets.append(let("$a", nargs + k, {"kind": "primApp", "event": "starKwargs",
                                              "eventArgs": [kw["value"]]}))
            conds.append({"kind": "primApp", "event": "argKeys",
                          "eventArgs": [src] + [{"kind": "string", "value": key} for key in keys]})
        if lone:
            lets.append(let("$s", 0, {"kind": "primApp", "event": "tuple",
                                      "eventArgs": [temp("$a", 0)]}))
        height = len(self._stack)
        callee_lets = _activation_lets(params, cells,
                                       _source_irs(slots, pos_irs, kw_names, kw_irs, callee),
                                       "$%d" % (self.depth + 1), callee if closure else None,
                                       callee)
        guard = {"kind": "primApp", "event": "isFunction",
                 "eventArgs": [callee, {"kind": "string", "value": identity}]}
        arm = lets
        self._body.append({"kind": "if", "cond": guard, "truePart": arm, "falsePart": [UNKNOWN]})
        self._push(_Open(_WRAP, arm))
        for cond in conds:
            inner = []
            self._body.append({"kind": "if", "cond": cond, "truePart": inner,
                               "falsePart": [UNKNOWN]})
            self._push(_Open(_WRAP, inner))
        body = self._body
        block = self._open_activation(callee_lets)
        body.append(block if target is None else {"kind": "set", "name": target, "named": block})
        self._expect = identity
        value = fn(*args, **kwargs)
        if len(self._stack) != height:
            raise TraceError("function %s returned without leaving its 'ret label" % identity)
        return value

    def callback(self, fn):
        """`key=_pyctl_callback(f)` of a callback call (sorted, min, max or list.sort with a
        key that is not a builtin's name), evaluated after the statement's node was recorded.
        A user function is wrapped so that each call the builtin makes records, in the call's
        `callback` label, `if (isFunction [F, ID]) [break 'cb block [label 'ret [...]]]
        [unknown]` with `callbackArg i` as the arguments; anything else is returned as it is
        (the builtin then behaves as CPython's)."""
        info = getattr(fn, "__pyctl_function__", None)
        if info is None:
            return fn
        # The statement's node is shared with the IR cache: give it a private callback label.
        node = dict(self._body[-1])
        self._body[-1] = node
        call = node
        if node.get("kind") == "set":
            call = node["named"] = dict(node["named"])
        if "callback" not in call:
            raise TraceError("_pyctl_callback outside a callback call")
        label = call["callback"] = dict(call["callback"])
        callee = next(k["value"] for k in call["keywords"] if k["name"] == "key")

        def traced(*args):
            return self._callback_call(label, callee, fn, args)
        return traced

    def map_(self, fn, *iterables, **kwargs):
        """The program's `map(fn, *iterables)`: CPython's map, with a user function wrapped by
        _pulled."""
        for iterable in iterables:
            _check_set_order(iterable)
        iterables = [_checked_dict_iteration(it, iter) for it in iterables]
        return map(self._pulled(fn), *iterables, **kwargs)

    def filter_(self, fn, *args, **kwargs):
        """The program's `filter(fn, iterable)`: CPython's filter, with a user function wrapped
        by _pulled."""
        for arg in args[1:]:
            _check_set_order(arg)
        args = args[:1] + tuple(_checked_dict_iteration(it, iter) for it in args[1:])
        return filter(self._pulled(fn), *args, **kwargs)

    def _pulled(self, fn):
        """A user function called by a map or filter iterator: each call (made where an item is
        pulled) records, in the `pullCallback` label of the running pulling point,
        `if (isFunction [callbackFn, ID]) [break 'pull block [label 'ret [...]]] [unknown]`
        with `callbackArg i` as the arguments. Anything else is returned as it is."""
        if getattr(fn, "__pyctl_function__", None) is None:
            return fn

        def pulled(*args):
            try:
                return self._callback_call(self._pull_label(), {"kind": "callbackFn"}, fn, args, "'pull")
            except StopIteration:
                # map.__next__ would let it out and end the consumer's iteration, after a raise
                # the trace recorded as an exception (the C++ evaluator refuses it too).
                raise TraceError("unsupported: a map() or filter() function raised StopIteration, "
                                 "which ends the iteration that pulled the item") from None
        return pulled

    def _pull_label(self):
        """The `pullCallback` label of the statement being run, made private to this run of it
        (its node is shared with the IR cache). A statement that is not a pulling point (a
        builtin or method call statement, isPullCall) records nothing: TraceError, as the C++
        evaluator refuses it."""
        node = self._body[-1] if self._body else None
        call = node
        if isinstance(node, dict) and node.get("kind") == "set":
            call = node.get("named")
        if not isinstance(call, dict) or "pullCallback" not in call:
            raise TraceError("unsupported: a map() or filter() iterator called a user function (or "
                             "lambda) where items are pulled outside a builtin or method call "
                             "statement")
        label = call["pullCallback"]
        if id(label) in self._pull_labels:
            return label
        node = dict(node)
        self._body[-1] = node
        call = node
        if node.get("kind") == "set":
            call = node["named"] = dict(node["named"])
        label = call["pullCallback"] = dict(call["pullCallback"])
        self._pull_labels.add(id(label))
        return label

    def _callback_call(self, label, callee, fn, args, name="'cb"):
        identity, params, cells, closure = fn.__pyctl_function__
        slots = _bind(fn, len(args), [])
        self._check_depth()
        arg_irs = [{"kind": "callbackArg", "index": i} for i in range(len(args))]
        lets = _activation_lets(params, cells, _source_irs(slots, arg_irs, [], [], callee),
                                "$%d" % (self.depth + 1), callee if closure else None, callee)
        entry = _Open(_CB, [])
        entry.loop = label
        self._push(entry)
        height = len(self._stack)
        guard = {"kind": "primApp", "event": "isFunction",
                 "eventArgs": [callee, {"kind": "string", "value": identity}]}
        arm = []
        self._body.append({"kind": "if", "cond": guard, "truePart": arm, "falsePart": [UNKNOWN]})
        self._push(_Open(_WRAP, arm))
        arm.append({"kind": "break", "name": name, "value": self._open_activation(lets)})
        self._expect = identity
        value = fn(*args)
        if len(self._stack) != height:
            raise TraceError("key function %s returned without leaving its 'ret label" % identity)
        # The arm and the label's body were left by `break 'cb`.
        arm.append(UNKNOWN)
        self._close(False)
        return value

    def entry(self, trace, args):
        """The entry call, from `serverless_function(trace, args)`: records
        `block [label 'ret [let p$1 = argument i, ...]]` in the root (no guard: the entry is a
        module-level def never rebound) and runs the entry."""
        if trace is not self:
            raise TraceError("serverless_function was called with a tracer that is not active")
        fn = self._functions.get(self.entry_name)
        if fn is None:
            raise TraceError("the entry %r is not a function defined at module level" % self.entry_name)
        identity, params, cells, _ = fn.__pyctl_function__
        args = list(args)
        if fn.__code__.co_flags & 0x04:
            raise TraceError("unsupported: an entry function with a '*args' parameter")
        slots = _bind(fn, len(args), [])
        height = len(self._stack)
        callee = {"kind": "identifier", "name": self.entry_name}
        arg_irs = _source_irs(slots, [{"kind": "argument", "index": i} for i in range(len(args))],
                              [], [], callee)
        lets = _activation_lets(params, cells, arg_irs, "$1", None, callee,
                                len(fn.__defaults__ or ()), entry=True,
                                npositional=fn.__code__.co_argcount)
        container = self._body
        container.append(self._open_activation(lets))
        self._expect = identity
        value = fn(*args)
        if len(self._stack) != height:
            raise TraceError("the entry returned without leaving its 'ret label")
        return value

    # -- finishing -----------------------------------------------------------------------------

    def finish(self):
        """The invocation returned: closes the root (its end was reached); returns the tree."""
        if len(self._stack) != 1:
            raise TraceError("the invocation ended with %d bodies open" % (len(self._stack) - 1))
        self._close(True)
        return self.root

    def abort(self):
        """The invocation raised: every open body, the root included, was left by the
        exception and ends with `unknown`; loop iterations are merged as they close."""
        while self._stack:
            self._close(False)
        return self.root


#: The protocol functions the instrumented program imports, and the Tracer method each is bound
#: to while that tracer is active.
_API = {
    "_pyctl_stmt": "stmt", "_pyctl_if": "if_", "_pyctl_branch": "branch",
    "_pyctl_while": "while_", "_pyctl_iterate": "iterate", "_pyctl_end": "end",
    "_pyctl_jump": "jump", "_pyctl_returning": "returning", "_pyctl_function": "function",
    "_pyctl_enter": "enter", "_pyctl_call": "call", "_pyctl_entry": "entry",
    "_pyctl_try": "try_", "_pyctl_except": "except_", "_pyctl_else": "else_",
    "_pyctl_finally": "finally_",
    "_pyctl_callback": "callback",
    "_pyctl_call_ex": "call_ex", "_pyctl_star": "star", "_pyctl_kwsplat": "kwsplat",
    "_pyctl_map": "map_", "_pyctl_filter": "filter_",
}

_named_like(vet_type, type)
_named_like(vet_hash, hash)

#: Protocol functions that do not depend on the active tracer.
_VETS = {"_pyctl_type": vet_type, "_pyctl_method": vet_method, "_pyctl_ordered": vet_ordered,
         "_pyctl_shown": vet_shown, "_pyctl_re": vet_re, "_pyctl_raise_class": vet_raise_class,
         "_pyctl_raise_value": vet_raise_value, "_pyctl_hash": vet_hash}


def _inactive(*args):
    raise TraceError("no active tracer: run the instrumented program through pyctl_trace.py")


for _name in _API:
    globals()[_name] = _inactive
globals().update(_VETS)
del _name


# ---------------------------------------------------------------------------------------------
# The harness
# ---------------------------------------------------------------------------------------------

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8_text(text):
    """`text` as the evaluator writes it in result lines: a lone surrogate (legal in a Python str,
    not in UTF-8) is encoded in 3 bytes (as 'surrogatepass' does) and each of those invalid bytes
    becomes U+FFFD, as decoding with errors='replace' does; other text is unchanged."""
    if _LONE_SURROGATE.search(text) is None:
        return text
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


# The deepest nesting that has a JSON form in result lines (as ValueJSONMaxDepth in the evaluator
# and MAX_DEPTH in the compiled runtime's json.rs).
_JSON_MAX_DEPTH = 200


def _json_form(value, active=None, depth=0):
    """(True, v) with v the value's JSON form, or (False, None) when it has none: non-finite
    floats, ints outside signed 64 bits, strs (also dict keys) holding lone surrogates, types
    other than int/float/str/bool/None/list/tuple/dict with str keys (recursively), values
    nested more than _JSON_MAX_DEPTH levels."""
    if depth > _JSON_MAX_DEPTH:
        return False, None
    if isinstance(value, str):
        # JSON text is UTF-8, which cannot hold a lone surrogate: no JSON form (as the evaluator).
        return _LONE_SURROGATE.search(value) is None, value
    if value is None or isinstance(value, bool):
        return True, value
    if isinstance(value, int):
        return (-2**63 <= value < 2**63), value
    if isinstance(value, float):
        return (value == value and value not in (float("inf"), float("-inf"))), value
    if isinstance(value, (list, tuple, dict)):
        active = active if active is not None else set()
        if id(value) in active:
            return False, None
        active.add(id(value))
        try:
            if isinstance(value, dict):
                out = {}
                for key, item in value.items():
                    key = _json_key(key)
                    # No form, or two keys written alike (1 and "1": json.dumps repeats the name).
                    if key is None or key in out:
                        return False, None
                    ok, out[key] = _json_form(item, active, depth + 1)
                    if not ok:
                        return False, None
                return True, out
            out = []
            for item in value:
                ok, converted = _json_form(item, active, depth + 1)
                if not ok:
                    return False, None
                out.append(converted)
            return True, out
        finally:
            active.discard(id(value))
    return False, None


def _json_key(key):
    """A dict key as json.dumps writes it as a member name (None when it has no exact form)."""
    if isinstance(key, str):
        return None if _LONE_SURROGATE.search(key) else key
    if key is None or isinstance(key, bool):
        return json.dumps(key)
    if isinstance(key, int):
        return str(key) if -2**63 <= key < 2**63 else None
    if isinstance(key, float):
        if key != key:
            return "NaN"
        if key in (float("inf"), float("-inf")):
            return "Infinity" if key > 0 else "-Infinity"
        return float.__repr__(key)
    return None


def result_line(value=None, stdout="", error=None):
    """The result line object for one call (keys in the order docs/driver.md fixes)."""
    stdout = _utf8_text(stdout)
    if error is not None:
        return {"error": error, "stdout": stdout}
    line = {"repr": repr(value), "stdout": stdout}
    ok, converted = _json_form(value)
    if ok:
        line["json"] = converted
    return line


def entry_params(source_text, entry, path):
    """The parameter names of the module-level `def entry` in the original source. Raises
    ValueError when there is no such def or the name is bound elsewhere at module level."""
    tree = ast.parse(source_text, filename=path)
    defs = [s for s in tree.body if isinstance(s, ast.FunctionDef) and s.name == entry]
    if len(defs) != 1:
        raise ValueError("%s: the entry must be exactly one top-level 'def %s'" % (path, entry))
    for stmt in tree.body:
        if stmt is defs[0] or isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(stmt):
            if isinstance(node, ast.Name) and node.id == entry and isinstance(node.ctx, ast.Store):
                raise ValueError("%s: the entry '%s' is rebound at module level" % (path, entry))
    return [a.arg for a in defs[0].args.args]


def run_invocation(code, path, entry, args, module_name="__main__"):
    """Runs one call: loads the instrumented module afresh (its code object `code`) as the
    module `module_name` (its `__name__`, which CPython's messages about `*` and `**` arguments
    of user calls show), traces module code and the entry call. Returns (result line, trace
    tree)."""
    tracer = Tracer(entry)
    tracer.activate()
    module = types.ModuleType(module_name)
    module.__file__ = path
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            exec(code, module.__dict__)
            wrapper = module.__dict__.get("serverless_function")
            if wrapper is None:
                raise TraceError("%s defines no serverless_function: was it made by insert-trace?"
                                 % path)
            value = wrapper(tracer, args)
        except TraceError:
            raise
        except Exception as exc:  # the program's exception is the call's result
            return result_line(error=type(exc).__name__, stdout=out.getvalue()), tracer.abort()
    # The result line shows the value's repr: the evaluator refuses a set of unknown order in it.
    _check_set_order_deep(value)
    tree = tracer.finish()
    try:
        line = result_line(value, out.getvalue())
    except Exception as exc:  # repr() itself can raise (e.g. int too large to convert)
        line = result_line(error=type(exc).__name__, stdout=out.getvalue())
    return line, tree


def write_atomically(path, text):
    """Writes `text` to `path` through a temporary file in the same directory."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="pyctl_trace.py",
        description="Run a program instrumented by pyctl's insert-trace pass and write its trace.")
    parser.add_argument("instrumented", help="the instrumented program (pyctl -passes=anf,trace)")
    parser.add_argument("--inputs", required=True,
                        help="one call per line: a JSON array of positional arguments")
    parser.add_argument("--entry", required=True, help="the entry function's name")
    parser.add_argument("--source", required=True,
                        help="the original program (its path and sha256 go into the trace file)")
    parser.add_argument("-o", dest="output", required=True, help="the trace file to write")
    parser.add_argument("--module-name", default="__main__",
                        help="the program's __name__ while it runs (default __main__, as a script;"
                             " pyctl --trace --module-name)")
    opts = parser.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")     # result lines are UTF-8 JSON

    def fail(message):
        print("pyctl_trace: error: %s" % message, file=sys.stderr)
        return 1

    try:
        with open(opts.source, "rb") as f:
            source_bytes = f.read()
        params = entry_params(source_bytes.decode("utf-8-sig"), opts.entry, opts.source)
        with open(opts.instrumented, encoding="utf-8") as f:
            code = compile(f.read(), opts.instrumented, "exec")
        with open(opts.inputs, encoding="utf-8") as f:
            calls = [json.loads(line) for line in f.read().split("\n") if line.strip()]
    except (OSError, ValueError, SyntaxError) as exc:
        return fail(str(exc))
    for args in calls:
        if not isinstance(args, list):
            return fail("%s: every line must be a JSON array of arguments" % opts.inputs)

    # Each user-level call takes two Python frames (the function and _pyctl_call); MAX_DEPTH
    # stops runaway recursion before Python's limit does, and merges recurse over deep trees.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20 * MAX_DEPTH))
    status = 0
    trace = None
    merged_calls = 0
    for number, args in enumerate(calls, 1):
        try:
            line, tree = run_invocation(code, opts.instrumented, opts.entry, args,
                                        opts.module_name)
        except TraceError as exc:
            return fail("call %d: %s" % (number, exc))
        print(json.dumps(line, ensure_ascii=False), flush=True)
        try:
            trace = tree if trace is None else merge_nodes(trace, tree)
            merged_calls += 1
        except TraceMergeError as exc:
            print("pyctl_trace: error: call %d: trace merge failed (its trace is dropped): %s"
                  % (number, exc), file=sys.stderr)
            status = 1
    envelope = {
        "format": TRACE_FORMAT,
        "version": TRACE_VERSION,
        "entry": opts.entry,
        "params": params,
        "source": {"path": opts.source, "sha256": hashlib.sha256(source_bytes).hexdigest()},
        "invocations": merged_calls,
        "trace": trace if trace is not None else UNKNOWN,
    }
    try:
        write_atomically(opts.output, json.dumps(envelope, ensure_ascii=False) + "\n")
    except OSError as exc:
        return fail("cannot write %s: %s" % (opts.output, exc))
    return status


if __name__ == "__main__":
    # Run as the module `pyctl_trace`, the one the instrumented program imports, so that both
    # see the same active tracer (as a script this file would otherwise be a second copy).
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import pyctl_trace
    sys.exit(pyctl_trace.main())
