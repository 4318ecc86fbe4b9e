//===- Set.h - Python sets --------------------------------------*- C++ -*-===//
//
// A Python set (Value kind Set): a shared, mutable collection of hashable
// values where equal values (1, 1.0, True) are one item and the item stored
// first is kept, as CPython does. CPython's iteration order depends on hashes
// and, for str, on per-process hash randomisation, so it cannot be
// reproduced: everything here is exact when it does not expose that order,
// and throws UnsupportedError when it would (iterating, repr or pop() of a
// set of two or more items). Which item object a result keeps (1 or 1.0)
// follows CPython's algorithms for union, intersection, difference and
// symmetric difference.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_SET_H
#define PYCTL_RUNTIME_SET_H

#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/Compare.h"
#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/Operators.h"
#include "pyctl/Runtime/Value.h"

#include <optional>
#include <string_view>
#include <vector>

namespace pyctl {

/// The object behind a set value: its items are the keys of \p Items (the
/// values are unused), in the runtime's own order, never shown to programs.
struct SetObject {
  Dict Items; ///< item -> None
  /// Number of items (len(s)).
  size_t size() const { return Items.size(); }
};

/// A new set holding \p Items, added left to right (a set display `{a, b}`
/// or set(list)): the first of equal items is kept. Raises TypeError
/// "unhashable type: 'list'".
Value makeSet(const std::vector<Value> &Items);

/// set(\p Iterable): a new set of the items \p Iterable yields (a copy for a
/// set). Raises TypeError "'int' object is not iterable".
Value setFromIterable(const Value &Iterable);

/// `Item in S`: hash lookup. A set as \p Item is looked up as a frozenset,
/// which no supported set contains (false). Raises TypeError "unhashable
/// type: 'list'".
bool setContains(const Value &S, const Value &Item);

/// The items of \p S in CPython's iteration order: only possible when there
/// are at most one, otherwise throws UnsupportedError (iteration order
/// depends on hashes).
std::vector<Value> orderedSetItems(const Value &S);

/// The items of \p S in the runtime's order, for callers whose result does
/// not depend on the order (len, any/all, sorted of a totally ordered set).
std::vector<Value> setItemsAnyOrder(const Value &S);

/// True when `<` totally orders the items of \p S: all numbers (no float
/// NaN), all strs, or all tuples of one length whose columns are such
/// families. Then sorted(), min() and max() without key= give CPython's
/// result whatever the order they visit the (pairwise unequal) items in.
bool setTotallyOrdered(const Value &S);

/// `A op B` for sets: `|` union, `&` intersection, `-` difference, `^`
/// symmetric difference; nullopt when an operand is not a set (the caller
/// raises TypeError "unsupported operand type(s) for |: 'set' and 'list'").
/// With \p InPlace (`|=` ...) A is changed and returned.
std::optional<Value> setBinaryOp(BinaryOp Op, const Value &A, const Value &B, bool InPlace);

/// `A == B` for two sets (same items).
bool setEquals(const Value &A, const Value &B);

/// `A < B`, `A <= B`, `A > B`, `A >= B` for two sets (proper subset,
/// subset, ...).
bool setOrderCompare(CompareOp Op, const Value &A, const Value &B);

/// True when sets have method \p Name: add discard remove pop clear copy
/// update union intersection difference symmetric_difference issubset
/// issuperset isdisjoint intersection_update difference_update
/// symmetric_difference_update.
bool isSetMethod(std::string_view Name);

/// Calls set method \p Name on \p Self with CPython 3.11's results and
/// errors (KeyError for remove() of a missing item and pop() of an empty
/// set, TypeError "set.add() takes exactly one argument (0 given)", TypeError
/// "'int' object is not iterable" for a non-iterable argument). pop() of a
/// set of two or more items throws UnsupportedError.
Value callSetMethod(const Value &Self, std::string_view Name, std::vector<Value> Args,
                    const KeywordArgs &Kwargs);

} // namespace pyctl

#endif // PYCTL_RUNTIME_SET_H
