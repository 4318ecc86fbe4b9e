//===- ArgParse.h - CPython's argument parsing of builtins ------*- C++ -*-===//
//
// How CPython 3.11 binds the arguments of a builtin function or method
// written in C, with its messages and the order of its checks. Builtins
// differ in how they receive their arguments (Argument Clinic, METH_VARARGS,
// METH_O, vectorcall), which decides what a wrong call says:
//   len(obj=1)   -> "len() takes no keyword arguments"          (rejectKeywords)
//   sorted()     -> "sorted expected 1 argument, got 0"          (checkPositional)
//   round(zz=1)  -> "round() missing required argument 'number' (pos 1)"
//   sum(zz=1)    -> "sum() takes at least 1 positional argument (0 given)"
//                                                                 (parseArgs)
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_ARGPARSE_H
#define PYCTL_RUNTIME_ARGPARSE_H

#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/Value.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pyctl {

/// The parameters of a builtin as Argument Clinic (or
/// PyArg_ParseTupleAndKeywords) declares them: `round(number, ndigits=None)`
/// is {"round", {"number", "ndigits"}, 0, 1}; `sum(iterable, /, start=0)` is
/// {"sum", {"iterable", "start"}, 1, 1}; `list.sort(*, key=None,
/// reverse=False)` is {"sort", {"key", "reverse"}, 0, 0, 0}.
struct ArgSignature {
  /// The name CPython's messages show, without "()" ("round", "sort").
  std::string_view FName;
  /// Every parameter's name, in order.
  std::vector<std::string_view> Params;
  /// How many leading parameters are positional-only.
  size_t PosOnly = 0;
  /// How many leading parameters are required (all positional).
  size_t MinPos = 0;
  /// How many leading parameters may be given by position (the others are
  /// keyword-only); SIZE_MAX means all of them.
  size_t MaxPos = SIZE_MAX;
};

/// Binds \p Args and \p Kw to \p Sig's parameters as CPython 3.11's
/// _PyArg_UnpackKeywords does, checking in its order and raising its
/// TypeErrors:
///  1. more arguments than parameters: "round() takes at most 2 arguments
///     (3 given)" ("... 2 keyword arguments ..." when none is positional);
///  2. too many positionals: "sort() takes no positional arguments",
///     "f() takes at most 1 positional argument (2 given)";
///  3. too few positional-only ones: "sum() takes at least 1 positional
///     argument (0 given)";
///  4. a required parameter missing: "round() missing required argument
///     'number' (pos 1)";
///  5. a parameter given by position and keyword: "argument for pow() given
///     by name ('exp') and position (2)";
///  6. any other keyword (also one naming a positional-only parameter):
///     "'x' is an invalid keyword argument for int()".
/// Returns one pointer per parameter (into \p Args or \p Kw), null for the
/// ones not given. Argument types are the caller's to check, afterwards.
std::vector<const Value *> parseArgs(const ArgSignature &Sig, const std::vector<Value> &Args,
                                     const KeywordArgs &Kw);

/// _PyArg_NoKeywords / _PyArg_NoKwnames: raises TypeError "NAME() takes no
/// keyword arguments" (\p Name as CPython shows it: "len", "str.find") when
/// \p Kw is not empty. Builtins taking no keywords check this before their
/// argument count (`len(1, 2, x=3)` says so).
void rejectKeywords(std::string_view Name, const KeywordArgs &Kw);

/// _PyArg_CheckPositional: raises TypeError "NAME expected 1 argument, got
/// 0" (Min == Max), "NAME expected at least 2 arguments, got 1" or "NAME
/// expected at most 3 arguments, got 4" unless Min <= \p Given <= Max.
void checkPositional(std::string_view Name, size_t Given, size_t Min, size_t Max);

/// The parameters of a library function written in Python (re.search,
/// json.dumps): `def search(pattern, string, flags=0)` is {"search",
/// {"pattern", "string", "flags"}, 2}; `def dumps(obj, *, skipkeys=False,
/// ..., **kw)` is {"dumps", {"obj"}, 1, {"skipkeys", ...}, true}.
struct PySignature {
  /// The function's __qualname__, as its messages show it.
  std::string_view Name;
  /// The positional-or-keyword parameters, in order.
  std::vector<std::string_view> Params;
  /// How many leading Params have no default.
  size_t Required = 0;
  /// The keyword-only parameters (all with defaults).
  std::vector<std::string_view> KwOnly;
  /// Whether the function has `**kw`, which takes the other keywords.
  bool VarKeywords = false;
};

/// Binds \p Args and \p Kw to \p Sig as CPython 3.11 binds a Python
/// function's call (initialize_locals), raising its TypeErrors in its order:
/// "search() got an unexpected keyword argument 'zz'" (without **kw),
/// "search() got multiple values for argument 'pattern'", "search() takes
/// from 2 to 3 positional arguments but 4 were given" ("... but 2 positional
/// arguments (and 1 keyword-only argument) were given"), "search() missing 1
/// required positional argument: 'string'". Returns one pointer per
/// parameter, Params then KwOnly, null for the ones not given; keywords
/// **kw takes are left in \p Kw for the caller.
std::vector<const Value *> bindPythonArgs(const PySignature &Sig, const std::vector<Value> &Args,
                                          const KeywordArgs &Kw);

/// The type name _PyArg_BadArgument shows in "str() argument 'encoding'
/// must be str, not None": "None" for None, else the type's name.
std::string clinicTypeName(const Value &V);

/// Argument Clinic's `bool(accept={int})` converter (`keepends` of
/// str.splitlines, `reverse` of sorted and list.sort): whether the int or bool
/// \p V is non-zero. Raises CPython's TypeError "'T' object cannot be
/// interpreted as an integer" for another type and OverflowError "Python int
/// too large to convert to C int" outside the C int range.
bool cIntFlagArg(const Value &V);

} // namespace pyctl

#endif // PYCTL_RUNTIME_ARGPARSE_H
