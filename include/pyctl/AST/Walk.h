//===- Walk.h - Visiting every node of a tree ------------------*- C++ -*-===//
#ifndef PYCTL_AST_WALK_H
#define PYCTL_AST_WALK_H

#include "pyctl/AST/AST.h"

#include <functional>

namespace pyctl {

/// Calls \p Fn on each direct subexpression of \p E, in evaluation order
/// (a comprehension's element and conditions come after its iterables).
void forEachChild(const Expr &E, const std::function<void(const Expr &)> &Fn);

/// Calls \p Fn on the owning pointer of each direct subexpression of \p E,
/// in forEachChild's order, so that a pass can replace a subexpression.
void forEachChildSlot(Expr &E, const std::function<void(ExprPtr &)> &Fn);

/// Calls \p Fn on every statement of \p Body, nested ones included (also
/// inside nested defs), parents before children.
void forEachStmt(const StmtList &Body, const std::function<void(const Stmt &)> &Fn);

/// Calls \p Fn on each expression statement \p S itself holds (not those of
/// the statements nested in it; a def's default values, evaluated where the
/// def runs, are the def's own), in evaluation order.
void forEachOwnExpr(const Stmt &S, const std::function<void(const Expr &)> &Fn);

/// Calls \p Fn on every expression node under \p Body (also inside nested
/// defs, their default values included), parents before children.
void forEachExpr(const StmtList &Body, const std::function<void(const Expr &)> &Fn);

} // namespace pyctl

#endif
