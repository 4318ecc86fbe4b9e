//===- Builtins.h - Python builtin functions --------------------*- C++ -*-===//
//
// The builtin functions pyctl programs may call, with CPython 3.11's results,
// argument checking and error messages:
//   print len abs str int float bool range min max sum round divmod sorted
//   list tuple dict repr ascii format isinstance issubclass pow ord chr any all
//   iter next enumerate zip reversed set map filter getattr (two arguments;
//   Attributes.h) hex oct bin hash (where CPython's hash is the same in every
//   process: bool, int, float other than NaN, tuples of those)
// (str int float bool range list tuple dict enumerate zip reversed set map
// filter are also
// the builtin types, for isinstance()). Iterators are described in
// Iterator.h.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_BUILTINS_H
#define PYCTL_RUNTIME_BUILTINS_H

#include "pyctl/Runtime/Value.h"

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pyctl {

/// Keyword arguments of a call, in source order.
using KeywordArgs = std::vector<std::pair<std::string, Value>>;

/// What builtins need from their caller.
struct BuiltinContext {
  /// Where print() writes.
  std::string &Stdout;
  /// Calls a user function value with positional arguments (for key=
  /// functions of sorted/min/max). May be empty: then a user-function key
  /// throws UnsupportedError (builtin keys such as key=len always work).
  std::function<Value(const Value &Callee, std::vector<Value> Args)> CallFunction;
  /// How the map and filter iterators this call makes call a user function
  /// (or lambda) when an item is pulled, which may be long after the call:
  /// so a pointer to a handler that outlives them (the trace evaluator's,
  /// which records the call in the `pullCallback` label of the pulling
  /// statement, docs/trace-format.md). Null: such an iterator throws
  /// UnsupportedError when it would call a user function.
  const std::function<Value(const Value &Callee, std::vector<Value> Args)> *IteratorCall = nullptr;
};

/// True when \p Name is one of the builtins listed in this header, or a
/// function of an imported module spelled "math.sqrt", "json.dumps", ...
/// (MathModule.h, JSONModule.h), which callBuiltin also calls.
bool isBuiltinName(std::string_view Name);

/// Calls builtin \p Name with positional \p Args; print() appends to
/// \p StdoutBuffer. Equivalent to the keyword form with no keywords and no
/// function-call callback.
Value callBuiltin(std::string_view Name, std::vector<Value> Args, std::string &StdoutBuffer);

/// Calls builtin \p Name with positional \p Args and keyword \p Kwargs.
/// Supported keywords: print(sep=, end=, flush=), sorted(key=, reverse=),
/// min/max(key=, default=), int(base=), round(number=, ndigits=),
/// sum(start=), pow(base=, exp=, mod=), enumerate(iterable=, start=),
/// str(object=, encoding=, errors=), dict(**kwargs). Semantics follow CPython 3.11:
/// - print: str() of each argument joined by sep (default ' '), then end
///   (default '\n'); TypeError "sep must be None or a string, not int".
/// - int(x=0, base=10): ints as is, floats truncated (OverflowError /
///   ValueError for inf / nan), strs parsed after stripping whitespace and
///   mapping Unicode decimal digits (underscores, 0x/0o/0b with base 0 or the
///   matching base), ValueError "invalid literal for int() with base 10:
///   'abc'".
/// - float(x=0.0): ints converted exactly rounded (OverflowError "int too
///   large to convert to float"), strs as parseFloatText after stripping,
///   ValueError "could not convert string to float: 'abc'".
/// - round(x, ndigits=None): half to even; floats with ndigits round the exact
///   binary value (round(2.675, 2) == 2.67), OverflowError "rounded value too
///   large to represent"; ints with negative ndigits round to a multiple of
///   10**-ndigits.
/// - min/max: first of the minimal/maximal items (only `<` resp. `>` is
///   used, as CPython); ValueError "min() arg is an empty sequence".
/// - sum(iterable, start=0): left-to-right `+` (plain double addition for
///   floats, as 3.11); TypeError "sum() can't sum strings [use
///   ''.join(seq) instead]".
/// - sorted: stable, by `<`, reverse keeps stability; throws UnsupportedError
///   when a sort key contains a float NaN (CPython's order then depends on
///   its timsort merge pattern).
/// - iter(x) / next(it[, default]) / enumerate(it, start=0) / zip(*its) /
///   reversed(seq): see Iterator.h; next(it) raises StopIteration when
///   exhausted; zip(strict=...) and iter(callable, sentinel) throw
///   UnsupportedError. any/all stop taking items from an iterator at the
///   first item that decides the answer, as CPython.
/// - map(func, *iterables) / filter(func_or_None, iterable): lazy
///   iterators (Iterator.h, makeMap / makeFilter) whose function is called
///   when an item is pulled; a builtin function runs with print() writing to
///   Ctx.Stdout. A user function (or lambda) throws UnsupportedError when the
///   map/filter is made (after the iterables' TypeErrors). TypeErrors "map()
///   must have at least two arguments.", "filter expected 2 arguments, got
///   1", "map() takes no keyword arguments".
/// - set() / set(iterable): see Set.h. A set's items are visited in an order
///   that is not CPython's, so builtins take a set of two or more items only
///   when the order cannot show: len, any, all, sorted/min/max without key=
///   of all-number or all-str sets, sum of all-int sets; otherwise they
///   throw UnsupportedError.
/// - abs(True) is 1; divmod floors (ZeroDivisionError "integer division or
///   modulo by zero" / "float divmod()").
/// Argument count/type errors raise TypeError with CPython's texts and in
/// its order of checks (ArgParse.h): "len() takes exactly one argument (2
/// given)", "len() takes no keyword arguments" for builtins that take none,
/// "'foo' is an invalid keyword argument for print()", "round() missing
/// required argument 'number' (pos 1)". str(object=, encoding=, errors=)
/// and sum(start=), int(base=) take their keywords as CPython does. Throws
/// std::invalid_argument when \p Name is not a builtin.
Value callBuiltin(std::string_view Name, std::vector<Value> Args, const KeywordArgs &Kwargs,
                  BuiltinContext &Ctx);

/// Calls a callable value: a builtin (by name, with no keywords) or a user
/// function (through Ctx.CallFunction; UnsupportedError when that is empty).
/// Raises TypeError "'int' object is not callable" for other values.
Value callValue(const Value &Callee, std::vector<Value> Args, BuiltinContext &Ctx);

/// Sorts \p Items in place like list.sort(key=..., reverse=...): a stable sort
/// by `<` on the keys (\p Keys, parallel to Items, or the items themselves
/// when null), made by CPython 3.11's algorithm (listSort, ListSort.h) with
/// its comparisons in its order, so that NaNs, sets and other keys `<` does
/// not totally order land where CPython puts them and the first comparison
/// that raises is CPython's. When a comparison raises, the exception
/// propagates and \p Items holds the permutation CPython leaves in the list
/// (partly sorted, reversed back when \p Reverse).
void sortValues(std::vector<Value> &Items, const std::vector<Value> *Keys, bool Reverse);

/// round(x, ndigits) for a float \p X and int \p NDigits (CPython's
/// float.__round__ with ndigits).
double roundFloat(double X, const Int &NDigits);

/// Parses \p Text as CPython's int(str, base) does (whitespace, Unicode
/// digits, underscores, prefixes). \p Base is 0 or 2..36. Raises ValueError
/// "invalid literal for int() with base 10: 'abc'".
Int parseIntFromStr(const std::string &Text, int Base);

/// Parses \p Text as CPython's float(str) does. Raises ValueError "could not
/// convert string to float: 'abc'".
double parseFloatFromStr(const std::string &Text);

} // namespace pyctl

#endif // PYCTL_RUNTIME_BUILTINS_H
