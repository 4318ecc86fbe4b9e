//===- InsertTrace.h - Instrument a program for tracing under CPython -*- C++ -*-===//
//
// The Python twin of the C++ trace evaluator: the instrumented program runs
// under CPython with runtime/python/pyctl_trace.py and records the same trace
// (docs/trace-format.md), statement by statement.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_TRANSFORMS_INSERTTRACE_H
#define PYCTL_TRANSFORMS_INSERTTRACE_H

#include "pyctl/AST/AST.h"

#include "llvm/ADT/StringRef.h"

namespace pyctl {

/// `insert-trace`: rewrites a normalised program into the instrumented program
/// of the Containerless paper's figure 7, in the AST (the AST printer prints it).
///
/// Input: a module after the `anf` pipeline (docs/passes.md, invariants 1-4).
///
/// Output: the same program with calls into the tracing module, whose
/// functions it imports by name without an import statement (the AST has
/// none): `_pyctl_trace = __import__('pyctl_trace')`, then
/// `_pyctl_x = getattr(_pyctl_trace, '_pyctl_x')` for each. Every statement is preceded by
/// the call that records it, with its static IR as a JSON string literal made
/// by exprToIR, locals spelled `name$*` (the tracer puts in the depth):
///
///   x: object            _pyctl_stmt('{"kind":"let","name":"x$*",...}')  then the statement
///   x = e, x op= e, e    _pyctl_stmt('<set / expression IR>')            then the statement
///   if c: A else: B      _pyctl_if('<C>')
///                        if _pyctl_branch(c): A; _pyctl_end()  else: B; _pyctl_end()
///   elif d: B            elif _pyctl_if('<D>') or _pyctl_branch(d): B; _pyctl_end(2)
///                        (each arm of a chain closes the k - 1 `else` arms it is nested in,
///                        so the chain does not nest past CPython's 100 indentation levels)
///   while c: B else: E   _pyctl_while(N, '<C>')
///                        while _pyctl_iterate(c): B; _pyctl_end()  else: E; _pyctl_end()
///   break / continue     _pyctl_jump('<break 'brkN / 'contN none>')   then the statement
///   return e             _pyctl_stmt('<break 'ret E>'); return _pyctl_returning(e)
///   return               _pyctl_jump('<break 'ret none>'); return
///   def f(p): B          _pyctl_stmt('<set f = clos>')
///                        def f(p): _pyctl_enter('f@L:C'); B; _pyctl_jump('<break 'ret none>')
///                        _pyctl_function(f, 'f@L:C', ['p'])
///   x = f(a)             x = _pyctl_call('{"callee":F,"target":X,"args":[A]}', f, a)
///   f(a)                 _pyctl_call('{"callee":F,"target":null,"args":[A]}', f, a)
///   raise                _pyctl_stmt('{"kind":"reraise"}')            then the statement
///   try: B               _pyctl_tryK = _pyctl_try('<try node>')
///   except E as e: H     try: B; _pyctl_end()
///   else: O              except E as e: _pyctl_except(_pyctl_tryK, 0); H; _pyctl_end()
///   finally: F           else: _pyctl_else(_pyctl_tryK); O; _pyctl_end()
///                        finally: _pyctl_finally(_pyctl_tryK); F; _pyctl_end()
///
/// (`_pyctl_tryK` holds the tracer's token of the K-th try of the module: an
/// exception may leave bodies of inner activations open, which the handler
/// closes down to its own try. `_pyctl_end()` is left out after a body's final
/// return/break/continue, and
/// the falling-off `_pyctl_jump` after a final return.) N numbers the loops of
/// each function as numberLoops does. `x op= e` records `set X = binop op X E`,
/// with `+=` and `*=` as ops of their own (in place on lists), as the C++
/// evaluator records it. At the end comes the wrapper
/// `def serverless_function(trace, args): return _pyctl_entry(trace, args)`,
/// which the harness calls with the active tracer.
///
/// Errors: CompileError when the program is not normalised: a `for` loop, a
/// user call inside an expression (from exprToIR), with a callee that is not
/// a name or assigned to a target that is not a name, a local or module name
/// not declared at the top of its scope, a comparison chain with a non-atomic
/// middle operand; `break`/`continue` outside a loop or `return` outside a
/// function. Also when the program already uses `serverless_function` or a
/// name starting with `_pyctl_` (reserved; this includes running the pass
/// twice).
///
/// Semantics: the instrumented program computes exactly what the input does
/// (the tracing calls evaluate no user expression twice and change no value);
/// the trace it records is the one docs/trace-format.md section 3 defines.
class InsertTracePass {
public:
  static llvm::StringRef name() { return "insert-trace"; }
  void run(Module &M);
};

} // namespace pyctl

#endif
