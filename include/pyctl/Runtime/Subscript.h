//===- Subscript.h - Indexing, slicing, len and iteration -------*- C++ -*-===//
//
// `obj[i]`, `obj[a:b:c]`, item and slice assignment and deletion, len() and
// iteration for the runtime's value types, with CPython 3.11's rules for
// negative indices, slice clamping and error messages. str indices count
// code points.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_SUBSCRIPT_H
#define PYCTL_RUNTIME_SUBSCRIPT_H

#include "pyctl/Runtime/Value.h"

#include <cstddef>
#include <vector>

namespace pyctl {

/// `Obj[Index]` with an int/bool index for list, tuple, str (a one-code-point
/// str), range (an int) and a key for dict. Raises IndexError "list index
/// out of range" / "tuple index out of range" / "string index out of range" /
/// "range object index out of range", IndexError "cannot fit 'int' into an
/// index-sized integer" for indices beyond 64 bits, TypeError "list indices
/// must be integers or slices, not str" (tuple, range alike; for str:
/// "string indices must be integers, not 'str'"), KeyError (message: repr of
/// the key) for a missing dict key, TypeError "unhashable type: 'list'", and
/// TypeError "'int' object is not subscriptable" for other objects.
Value getItem(const Value &Obj, const Value &Index);

/// `Obj[Start:Stop:Step]` where None stands for an omitted bound. list,
/// tuple and str give a new object of the same type; range gives a range.
/// Raises ValueError "slice step cannot be zero", TypeError "slice indices
/// must be integers or None or have an __index__ method", and TypeError
/// "'int' object is not subscriptable" for unsliceable objects (dict:
/// TypeError "unhashable type: 'slice'").
Value getSlice(const Value &Obj, const Value &Start, const Value &Stop, const Value &Step);

/// `Obj[Index] = Item` for list (IndexError "list assignment index out of
/// range", TypeError "list indices must be integers or slices, not str") and
/// dict (TypeError for unhashable keys). TypeError "'tuple' object does not
/// support item assignment" for other objects.
void setItem(const Value &Obj, const Value &Index, const Value &Item);

/// `Obj[Start:Stop:Step] = Items` for a list: Items may be any iterable
/// (TypeError "can only assign an iterable" otherwise); a step other than 1
/// needs as many items as the slice has (ValueError "attempt to assign
/// sequence of size 1 to extended slice of size 2").
void setSlice(const Value &Obj, const Value &Start, const Value &Stop, const Value &Step,
              const Value &Items);

/// `del Obj[Index]` for list (IndexError "list assignment index out of
/// range") and dict (KeyError). TypeError "'tuple' object doesn't support
/// item deletion" for other objects.
void delItem(const Value &Obj, const Value &Index);

/// `del Obj[Start:Stop:Step]` for a list.
void delSlice(const Value &Obj, const Value &Start, const Value &Stop, const Value &Step);

/// len(V) for str (code points), list, tuple, dict, dict views, set and
/// range.
/// Raises TypeError "object of type 'int' has no len()" and, for ranges with
/// more than 2**63-1 items, OverflowError "Python int too large to convert
/// to C ssize_t".
size_t pyLen(const Value &V);

/// The items that `for x in V` visits, taken now: list and tuple items (a
/// snapshot), the one-code-point strs of a str, dict keys, dict view
/// elements (items as (key, value) tuples), range ints, and the items an
/// iterator has left (consuming it, as list(it) does); a set only when it
/// has at most one item (UnsupportedError otherwise: CPython's order depends
/// on hashes). Raises TypeError
/// "'int' object is not iterable"; throws UnsupportedError for ranges of
/// more than 2**32 items.
std::vector<Value> iterate(const Value &V);

/// The code point at index \p I (0 <= I < length) of a str, as a str.
Value strCodePointAt(const Value &S, size_t I);

} // namespace pyctl

#endif // PYCTL_RUNTIME_SUBSCRIPT_H
