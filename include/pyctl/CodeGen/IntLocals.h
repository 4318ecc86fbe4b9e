//===- IntLocals.h - Variables compiled code may keep as i64 ----*- C++ -*-===//
#ifndef PYCTL_CODEGEN_INTLOCALS_H
#define PYCTL_CODEGEN_INTLOCALS_H

#include <nlohmann/json.hpp>

#include <set>
#include <string>

namespace pyctl {

/// Which variables of a trace hold only `int`s, so that the Rust lowering may keep them as
/// unboxed `Option<i64>` (`None` while unbound) and compute on them with the runtime's checked
/// `int_*` functions (runtime/rust/src/int_local.rs; docs/trace-format.md section 5, Int-typed
/// locals).
///
/// A variable (an IR name: every binding of that name anywhere in the trace) is int-typed when
/// it is bound by at least one `let`, is never deleted, unpacked into or bound to a caught
/// exception (`del`, a `tuple` lvalue, a `handler`'s `name`), and every value a `let` or `set` gives it is an *int expression* or a *range item*:
///  - an int expression is an `integer` constant that fits in 64 bits, a read of an int-typed
///    variable, `+ - * // %` (and `+= -= *=`, which are the same on ints) of two int
///    expressions, unary `-` / `+` of one, or `len(x)` (a plain call: no keywords or `*`);
///    CPython's answer for such an expression is an
///    `int` or an exception (and compiled code falls back wherever the `int` would not fit in
///    64 bits or CPython raises);
///  - a range item is a read of a variable whose every assignment is `next(it, sentinel)`
///    (a lowered `for` loop's step) where every assignment of `it` is `iter(range(...))`: its
///    value is an `int` of the range, the sentinel, or unbound, and compiled code falls back on
///    the last two (`range_item`), which the lowered loop never reaches (it tests for the
///    sentinel first).
/// The `let` of a declaration (`undefined`) is allowed: the variable is then `None` until
/// assigned (a variable given nothing but `undefined` stays a `Value`). The set is the greatest one closed under these rules (variables assigned from each
/// other in a cycle stay int-typed: by induction over the run, each holds an int or nothing).
/// The analysis never changes a value: a variable it leaves out is lowered as a `Value`.
class IntLocals {
public:
  /// Analyses the trace tree \p Trace (the `trace` of a trace file, after pruning).
  explicit IntLocals(const nlohmann::json &Trace);

  /// Whether the variable \p IrName is int-typed.
  bool isIntName(const std::string &IrName) const { return Ints.count(IrName) != 0; }

  /// Whether \p Node is an int expression (see the class comment).
  bool isIntExpr(const nlohmann::json &Node) const;

  /// Whether \p Node reads a range item (see the class comment).
  bool isRangeItem(const nlohmann::json &Node) const;

private:
  std::set<std::string> Ints;
  std::set<std::string> RangeSteps;
};

} // namespace pyctl

#endif
