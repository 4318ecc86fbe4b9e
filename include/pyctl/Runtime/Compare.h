//===- Compare.h - Python comparisons, `in` and `is` ------------*- C++ -*-===//
//
// CPython 3.11's rich comparisons for the runtime's value types: numbers
// compare exactly across int/float/bool, strs by code point, lists and
// tuples lexicographically, `==` between unrelated types is False while
// ordering them raises TypeError.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_COMPARE_H
#define PYCTL_RUNTIME_COMPARE_H

#include "pyctl/Runtime/Value.h"

#include <optional>
#include <string_view>

namespace pyctl {

/// A comparison operator (the ops of a Python comparison chain).
enum class CompareOp : uint8_t { Eq, Ne, Lt, Le, Gt, Ge, In, NotIn, Is, IsNot };

/// The operator's Python spelling: "==", "!=", "<", "<=", ">", ">=", "in",
/// "not in", "is", "is not".
std::string_view spelling(CompareOp Op);
/// The operator spelled \p S: Python spelling, or the trace spellings
/// "notin" and "isnot". nullopt for anything else.
std::optional<CompareOp> compareOpFromSpelling(std::string_view S);

/// `A op B` as a Python bool value. Raises what CPython raises: TypeError
/// "'<' not supported between instances of 'int' and 'str'" for ordering
/// unrelated types (and dicts, ranges, None, functions), the errors of
/// pyContains for in/not in; UnsupportedError where pyIs cannot decide.
Value compare(CompareOp Op, const Value &A, const Value &B);

/// `A == B`. Never raises a Python error (unrelated types are unequal);
/// throws UnsupportedError when the answer depends on object identity of
/// a float NaN inside containers (CPython's identity shortcut).
bool pyEquals(const Value &A, const Value &B);

/// The equality CPython uses between container items (list ==, `in`,
/// dict keys, list.index ...): `A is B or A == B`. Reference objects that
/// are the same object are equal; when either side is a float NaN the result
/// depends on float object identity, which the runtime does not model, so it
/// throws UnsupportedError.
bool containerItemEquals(const Value &A, const Value &B);

/// `A < B` (used by sorted, min, max). Raises TypeError as `compare`.
bool pyLess(const Value &A, const Value &B);

/// True when `<` is a total order on \p Items that never raises: all
/// numbers without a float NaN, all strs, or all tuples of one length whose
/// columns are such families. Then any correct sort, min or max gives
/// CPython's result whatever pairs it compares.
bool totallyOrdered(const std::vector<Value> &Items);

/// `Item in Container`: substring test for str (TypeError "'in <string>'
/// requires string as left operand, not int"), item equality for list,
/// tuple, range and dict views, key lookup for dict (TypeError for
/// unhashable items). Raises TypeError "argument of type 'int' is not
/// iterable" for other containers.
bool pyContains(const Value &Container, const Value &Item);

/// `A is B`. False for values of different types or unequal values; True
/// for None/None, equal bools, the same list/dict/tuple/str/range/function
/// object, the same builtin, empty tuples, and equal ints in -5..256 (CPython's
/// small-int cache). Throws UnsupportedError when CPython's answer depends
/// on object identity the runtime does not track (equal ints outside
/// -5..256, equal floats, equal strs or tuples that are distinct objects
/// here, dict views of the same dict, two re.compile() results of one
/// pattern text: re's cache decides whether they are one object).
bool pyIs(const Value &A, const Value &B);

} // namespace pyctl

#endif // PYCTL_RUNTIME_COMPARE_H
