//===- ASTPrinter.h - AST back to runnable Python --------------*- C++ -*-===//
#ifndef PYCTL_AST_ASTPRINTER_H
#define PYCTL_AST_ASTPRINTER_H

#include "pyctl/AST/AST.h"

#include "llvm/Support/raw_ostream.h"

#include <string>

namespace pyctl {

/// Writes \p M as Python 3 source that CPython runs with the same behaviour:
/// 4-space indentation, parentheses inserted by operator precedence (never
/// changing the tree's grouping), string literals re-escaped, floats in
/// shortest round-trip form, `pass` in empty bodies and DeclareStmt as
/// `name: object`. Never fails.
void printModule(const Module &M, llvm::raw_ostream &OS);

/// The Python source of one expression (no trailing newline), parenthesised
/// as needed to stand alone.
std::string printExpr(const Expr &E);

/// The Python source of a statement list at indentation \p Indent (spaces).
void printStmts(const StmtList &Body, llvm::raw_ostream &OS, unsigned Indent);

/// A Python literal for the UTF-8 string \p S (single-quoted, with \\, quote,
/// control and non-UTF-8-safe characters escaped), e.g. for generated code.
std::string pythonStringLiteral(const std::string &S);

} // namespace pyctl

#endif
