//===- ExprIR.h - Expressions as trace IR ----------------------*- C++ -*-===//
//
// The trace records code, not values: an expression's IR depends only on the
// program text and the activation's inlining depth. Both tracers (the C++
// evaluator and, through insert-trace, the Python tracing module) take it
// from here, so they cannot disagree on it.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_TRACE_EXPRIR_H
#define PYCTL_TRACE_EXPRIR_H

#include "pyctl/AST/AST.h"
#include "pyctl/AST/Scope.h"

#include <nlohmann/json.hpp>

#include <set>
#include <string>

namespace pyctl {

/// How one scope spells its names in the trace (docs/trace-format.md, Names
/// and Closures).
struct TraceNameScope {
  /// The function's name resolution; null at module level, where every name
  /// is global.
  const FunctionScope *Scope = nullptr;
  /// Appended to local names: "$1", "$2", ... for a depth, or "$*" as the
  /// placeholder the Python tracing module replaces with its depth.
  std::string LocalSuffix;

  /// The spelling of local \p Name (as `let` binds it): "x$2"; a module
  /// name as it is.
  std::string spell(const std::string &Name) const {
    return Scope && Scope->LocalSet.count(Name) ? Name + LocalSuffix : Name;
  }
  /// The name holding the called closure in this activation: "$fn$2".
  std::string closureName() const { return "$fn" + LocalSuffix; }
  /// The IR reading variable \p Name, which is also its lvalue for `set`:
  /// `identifier x$D` (local), `deref (identifier x$D)` (a local captured
  /// by a nested function), `deref (from (identifier $fn$D) x)` (a variable
  /// of an enclosing function), `identifier x` (global), `builtin x`.
  nlohmann::json variable(const std::string &Name) const;
  /// The IR of the cell holding captured variable \p Name (a Cell or Free
  /// name of this scope), as a `clos` tenv entry needs it.
  nlohmann::json cell(const std::string &Name) const;
};

/// The IR node for \p E (docs/trace-format.md section 2): names become
/// `identifier`, literals constants, builtin calls `primApp`, comparisons
/// `binop` (a chain a<b<c as `binop and (a<b) (b<c)`, sound because
/// name-applications leaves only atomic middle operands), `and`/`or` binops.
/// Errors: CompileError if \p E calls a user function (the program is not in
/// A-normal form: run name-applications first).
nlohmann::json exprToIR(const Expr &E, const TraceNameScope &Scope);

/// The IR constant for a Python int written in decimal (`integer`, a JSON
/// integer when it fits in int64, else the decimal string).
nlohmann::json integerConstantIR(const std::string &Decimal);

/// The IR constant for a Python float (`number`, "inf"/"-inf"/"nan" strings
/// for non-finite values).
nlohmann::json floatConstantIR(double V);

/// The trace op spelling of a Python comparison operator ("not in" -> "notin",
/// "is not" -> "isnot", others unchanged).
std::string compareOpIR(const std::string &PythonOp);

/// The binop op an augmented assignment `t op= e` records (for the C++
/// evaluator and insert-trace alike): `+=`, `*=`, `-=`, `|=`, `&=` and `^=`
/// keep their in-place op (a list is extended or repeated in place, a set
/// updated in place, a dict merged in place by `|=`; for numbers they are
/// the plain operator), the others record the plain operator (`//=` records
/// `//`).
std::string augmentedOpIR(const std::string &Op);

} // namespace pyctl

#endif
