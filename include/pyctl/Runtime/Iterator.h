//===- Iterator.h - Python iterator objects ---------------------*- C++ -*-===//
//
// Python iterators: the objects iter(x) returns and next(it) advances, with
// CPython 3.11's behaviour for each source (list_iterator is index-based and
// sees appends, dict iterators raise RuntimeError when the dict's size
// changed, range iterators fix their length when made, ...). An iterator is
// a Value of kind Iterator that shares one IteratorObject, so copies advance
// together as in Python. New sources (map, filter, ...) subclass
// IteratorObject.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_ITERATOR_H
#define PYCTL_RUNTIME_ITERATOR_H

#include "pyctl/Runtime/Value.h"

#include <functional>
#include <optional>
#include <string_view>

namespace pyctl {

/// One Python iterator. Subclasses implement one source each.
class IteratorObject {
public:
  virtual ~IteratorObject();
  /// Advances: the next item, or nullopt when the iterator is exhausted
  /// (CPython's tp_iternext returning NULL without an exception). May raise
  /// PythonError (e.g. RuntimeError "dictionary changed size during
  /// iteration") or UnsupportedError.
  virtual std::optional<Value> next() = 0;
  /// CPython's type name, e.g. "list_iterator", "dict_keyiterator", "zip".
  virtual std::string_view typeName() const = 0;
};

/// iter(\p V): a new iterator over a list, tuple, str, range, dict or dict
/// view; \p V itself when it is already an iterator (iter(it) is it). Sets
/// are iterated in the runtime's own order, which is not CPython's, so for a
/// set of two or more items this throws UnsupportedError. Raises TypeError
/// "'int' object is not iterable" for other values.
Value makeIterator(const Value &V);

/// next(\p It) without a default: the next item. Raises StopIteration (empty
/// message) when exhausted and TypeError "'list' object is not an iterator"
/// when \p It is not an iterator.
Value iteratorNext(const Value &It);

/// next(\p It, default): the next item, or nullopt when exhausted. Raises
/// TypeError "'list' object is not an iterator" for a non-iterator.
std::optional<Value> iteratorNextOrEnd(const Value &It);

/// reversed(\p V) for a list (list_reverseiterator: sees the list shrink),
/// tuple, str (CPython's `reversed` object), range (a range iterator
/// running backwards), dict and dict views (raising RuntimeError when the
/// size changes). Raises TypeError "'int' object is not reversible" for
/// other values (sets and iterators included).
Value makeReversed(const Value &V);

/// enumerate(\p Iterable, \p Start): yields (Start + i, item) tuples.
/// Raises TypeError "'int' object is not iterable" as iter() does.
Value makeEnumerate(const Value &Iterable, Int Start);

/// zip(*\p Iterables, strict=\p Strict): each step takes one item from every
/// iterator in order and stops at the first exhausted one (the items taken
/// before it are lost, as in CPython). Raises TypeError as iter() does. With
/// \p Strict, a step that finds the iterators of unequal lengths raises
/// CPython 3.11's ValueError ("zip() argument 2 is shorter than argument 1",
/// "zip() argument 3 is longer than arguments 1-2"), after pulling what
/// CPython's zip_next pulls.
Value makeZip(const std::vector<Value> &Iterables, bool Strict = false);

/// Calls a callable value with positional arguments (a builtin run with
/// its output going where the map/filter was made); see makeMap.
using IteratorCallFn = std::function<Value(const Value &Callee, std::vector<Value> Args)>;

/// map(\p Func, *\p Iterables): iter() of every iterable is taken when the
/// map is made (TypeError "'int' object is not iterable" then); each step
/// takes one item from every source in order, stops at the first exhausted
/// one (the items taken before it are lost, as in CPython) and returns
/// \p Call(Func, items). \p Func is not checked here: calling a non-callable
/// raises TypeError when an item is pulled. Advancing a map from inside its
/// own step throws UnsupportedError (CPython recurses until RecursionError).
Value makeMap(Value Func, const std::vector<Value> &Iterables, IteratorCallFn Call);

/// filter(\p Func, \p Iterable): yields the items for which \p Func (None:
/// the item itself; the builtin `bool` is treated the same way, as CPython
/// does) is true, calling \p Call(Func, {item}) lazily, one item at a time.
/// Raises TypeError as iter() does when made; re-entrant advancing throws
/// UnsupportedError as for makeMap.
Value makeFilter(Value Func, const Value &Iterable, IteratorCallFn Call);

/// Calls \p F on each item \p V yields, in order, taking items lazily from
/// iterators (so `any(it)` leaves the rest of `it` unconsumed); stops early
/// when \p F returns false. Other iterables are visited as iterate() lists
/// them. Raises what iterate()/next() raise.
void forEachItem(const Value &V, const std::function<bool(const Value &)> &F);

} // namespace pyctl

#endif // PYCTL_RUNTIME_ITERATOR_H
