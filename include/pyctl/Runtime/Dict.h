//===- Dict.h - Insertion-ordered Python dict -------------------*- C++ -*-===//
//
// A Python dict: keys are hashable values (None, bool, int, float, str,
// tuples of hashable values, ranges, functions); equal numbers are the same
// key (1, 1.0 and True). Iteration follows insertion order; updating an
// existing key keeps its position and its original key object; a deleted and
// re-inserted key moves to the end.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_DICT_H
#define PYCTL_RUNTIME_DICT_H

#include "pyctl/Runtime/Value.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pyctl {

/// Hash of a hashable value, consistent with Python equality (numbers hash
/// like CPython's hash(); strs and tuples use the runtime's own function,
/// since CPython's str hash is randomised per process). Raises TypeError
/// "unhashable type: 'list'" (also for dict, dict views; and for tuples
/// holding such items). Throws UnsupportedError for a float NaN, whose
/// lookup in CPython depends on object identity.
int64_t hashValue(const Value &V);

/// True when hashValue(\p V) is CPython 3.11's hash(V) in every process:
/// bools, ints, floats and tuples of them. Not for str (randomised per
/// process), None (its address in 3.11), ranges or functions.
bool hashIsCPythons(const Value &V);

class Dict;

/// dict.update(Source) / the dict(Source) constructor: copies the entries of
/// a dict, or the (key, value) pairs of another iterable (TypeError "cannot
/// convert dictionary update sequence element #0 to a sequence", ValueError
/// "dictionary update sequence element #0 has length 3; 2 is required",
/// TypeError "'int' object is not iterable").
void updateDict(Dict &Target, const Value &Source);

/// An insertion-ordered hash map from Python values to Python values.
class Dict {
public:
  /// One key/value pair.
  struct Entry {
    Value Key; ///< The key object (the first one stored for equal keys).
    Value Val; ///< Its value.
  };

  /// Number of keys (len(d)).
  size_t size() const { return Live; }
  /// True when there are no keys.
  bool empty() const { return Live == 0; }

  /// The value stored under a key equal to \p Key, or nullptr. Raises
  /// TypeError for unhashable keys (see hashValue).
  const Value *find(const Value &Key) const;
  /// As above; the value may be modified in place.
  Value *find(const Value &Key);
  /// True when a key equal to \p Key is present (`Key in d`).
  bool contains(const Value &Key) const { return find(Key) != nullptr; }

  /// d[Key] = Val: updates the value of an equal existing key in place
  /// (keeping that key object), or appends a new entry. Raises TypeError for
  /// unhashable keys.
  void set(const Value &Key, Value Val);
  /// Removes the entry with a key equal to \p Key and returns its value, or
  /// nullopt when there is none. Raises TypeError for unhashable keys.
  std::optional<Value> erase(const Value &Key);
  /// Removes and returns the most recently inserted entry (dict.popitem());
  /// nullopt when empty.
  std::optional<Entry> popLast();
  /// Removes every entry.
  void clear();

  /// Calls \p F(const Entry &) for every entry in insertion order.
  template <typename Fn> void forEach(Fn &&F) const {
    for (const auto &E : Entries)
      if (E)
        F(*E);
  }
  /// All entries in insertion order (copies of the values).
  std::vector<Entry> entries() const;
  /// All keys in insertion order.
  std::vector<Value> keys() const;
  /// All values in insertion order.
  std::vector<Value> values() const;

  /// Slots for iterators: positions 0..slotCount()-1 in insertion order,
  /// some of them empty (deleted keys). Positions stay valid while
  /// layoutVersion() is unchanged.
  size_t slotCount() const { return Entries.size(); }
  /// The entry at slot \p Pos, or nullptr for a deleted one.
  const Entry *slot(size_t Pos) const { return Entries[Pos] ? &*Entries[Pos] : nullptr; }
  /// Changes whenever a key is added or removed (not when a value of an
  /// existing key is replaced); dict iterators use it to detect changes
  /// that keep the size (CPython's behaviour then depends on its table
  /// layout, which this dict does not model).
  uint64_t layoutVersion() const { return Layout; }

private:
  std::optional<size_t> lookup(const Value &Key, int64_t Hash) const;
  void compact();

  std::vector<std::optional<Entry>> Entries; ///< nullopt marks a deleted entry.
  std::unordered_multimap<int64_t, size_t> Index; ///< hash -> position in Entries.
  size_t Live = 0;
  uint64_t Layout = 0; ///< See layoutVersion().
};

} // namespace pyctl

#endif // PYCTL_RUNTIME_DICT_H
