//===- ArgumentBinding.h - CPython's binding of call arguments --*- C++ -*-===//
//
// Which argument of a call each parameter of a user function receives, as
// CPython decides it when a frame is set up (Python/ceval.c,
// initialize_locals). The trace evaluator binds values with it, and records
// the same binding as the `let`s of the inlined callee.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_ARGUMENTBINDING_H
#define PYCTL_AST_ARGUMENTBINDING_H

#include "pyctl/AST/AST.h"

#include <string>
#include <vector>

namespace pyctl {

/// Where one parameter's value comes from.
struct ParamSource {
  enum class Kind {
    Positional, ///< positional argument Index
    Keyword,    ///< keyword argument Index (in the call's keyword order)
    Default,    ///< the def's default value Index (FunctionDefStmt::Defaults)
    VarArgs,    ///< `*args`: a tuple of the positional arguments Items
    KwArgs,     ///< `**kwargs`: a dict of the keyword arguments Items, in call order
  };
  Kind K;
  size_t Index = 0;
  std::vector<size_t> Items;
};

/// Binds a call of \p D with \p NumPositional positional arguments and
/// keyword arguments named \p Keywords (no name twice) to D's parameters.
/// Returns one ParamSource per name of D.allParams(), in that order.
///
/// Errors: throws PythonError("TypeError") with CPython 3.11's message (naming
/// the function by its `__qualname__`, FunctionDefStmt::qualName()), in
/// CPython's order of checks: an unexpected keyword, a keyword naming a
/// parameter given positionally ("got multiple values"), too many positional
/// arguments, missing positional arguments, missing keyword-only arguments.
std::vector<ParamSource> bindArguments(const FunctionDefStmt &D, size_t NumPositional,
                                       const std::vector<std::string> &Keywords);

} // namespace pyctl

#endif
