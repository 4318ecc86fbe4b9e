//===- Set.h - Python sets --------------------------------------*- C++ -*-===//
//
// A Python set (Value kind Set): a shared, mutable collection of hashable
// values where equal values (1, 1.0, True) are one item and the item stored
// first is kept, as CPython does. The items live in a model of CPython 3.11's
// open-addressing table (Objects/setobject.c: linear probes of 9, perturbed
// probing, dummies left by removals, resizes at 60% fill, set_merge's table
// copy), and every operation runs CPython's algorithm, so the iteration order
// is CPython's whenever the hashes are: for sets of bools, ints, floats and
// tuples of them. A set that ever held a str, None or another value whose
// CPython hash varies between processes has no reproducible order: exposing
// it (iterating, repr, pop of two or more items) throws UnsupportedError.
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

/// The object behind a set value: CPython's set table (setentry array, mask,
/// fill, used, finger), with hashes from hashValue().
struct SetObject {
  enum class SlotState : uint8_t { Unused, Dummy, Active };
  struct Slot {
    SlotState State = SlotState::Unused;
    int64_t Hash = 0;
    Value Key;
  };
  std::vector<Slot> Table = std::vector<Slot>(8);
  size_t Mask = 7;   ///< Table.size() - 1
  size_t Fill = 0;   ///< active + dummy slots
  size_t Used = 0;   ///< active slots: len(s)
  size_t Finger = 0; ///< where pop() starts looking
  /// False once an item whose hash is not CPython's was added (until clear()).
  bool OrderKnown = true;
  /// Number of items (len(s)).
  size_t size() const { return Used; }
};

/// A new set holding \p Items, added left to right (a set display `{a, b}`
/// or set(list)): the first of equal items is kept. Raises TypeError
/// "unhashable type: 'list'".
Value makeSet(const std::vector<Value> &Items);

/// A set display of three or more items that are all compile-time constants
/// (`{1, 2, 3}`): CPython builds a frozenset constant when compiling and
/// merges it into a new set (BUILD_SET 0, SET_UPDATE), which can lay the
/// table out differently from adding the items one by one. The frozenset may
/// also come from a .pyc, built in marshal's order; when that could change
/// the layout (two items share a home slot) the order is marked unknown.
Value makeSetFromConstants(const std::vector<Value> &Items);

/// `{..., *Iterable, ...}`: CPython's SET_UPDATE, set_update_internal
/// (a set is merged table to table, a dict's keys after one resize).
void setUpdate(const Value &S, const Value &Iterable);

/// `{..., Item, ...}` after a starred item: CPython's SET_ADD.
void setAdd(const Value &S, const Value &Item);

/// set(\p Iterable): a new set of the items \p Iterable yields (a copy for a
/// set). Raises TypeError "'int' object is not iterable".
Value setFromIterable(const Value &Iterable);

/// `Item in S`: hash lookup. A set as \p Item is looked up as a frozenset,
/// which no supported set contains (false). Raises TypeError "unhashable
/// type: 'list'".
bool setContains(const Value &S, const Value &Item);

/// The items of \p S in CPython's iteration order (table order). Throws
/// UnsupportedError when the set has two or more items and its order is not
/// reproducible (see SetObject::OrderKnown).
std::vector<Value> orderedSetItems(const Value &S);

/// Throws UnsupportedError unless \p S's iteration order is CPython's (it
/// has at most one item, or OrderKnown).
void checkSetOrderKnown(const Value &S);

/// The items of \p S in table order, for callers whose result does not
/// depend on the order (len, any/all, sorted of a totally ordered set).
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
/// set of two or more items whose order is unknown throws UnsupportedError.
Value callSetMethod(const Value &Self, std::string_view Name, std::vector<Value> Args,
                    const KeywordArgs &Kwargs);

} // namespace pyctl

#endif // PYCTL_RUNTIME_SET_H
