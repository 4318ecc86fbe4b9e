//===- DictViewSetOps.h - Set operations on dict views ----------*- C++ -*-===//
//
// CPython 3.11's number slots of dict_keys and dict_items (Objects/
// dictobject.c: dictviews_sub, dictviews_or, dictviews_xor with
// dictitems_xor, _PyDictView_Intersect) and their isdisjoint method
// (dictviews_isdisjoint). The results are new sets built by the runtime's
// model of CPython's set table (Set.h) through the same operations CPython
// runs, so their iteration order is CPython's whenever a set's order is.
// dict_values is not set-like: it has none of these.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_DICTVIEWSETOPS_H
#define PYCTL_RUNTIME_DICTVIEWSETOPS_H

#include "pyctl/Runtime/Operators.h"
#include "pyctl/Runtime/Value.h"

#include <optional>

namespace pyctl {

/// True for a dict_keys or dict_items view (CPython's PyDictViewSet_Check).
bool isSetLikeDictView(const Value &V);

/// `A op B` for `op` one of `-`, `&`, `|`, `^` when \p A or \p B is a
/// dict_keys or dict_items view (no other operand type of the runtime has a
/// slot that accepts a view, so CPython reaches the view's slot with the
/// operands in their written order): the left operand made a set (`set(A)`,
/// a keys view copied from its dict) then updated with \p B as
/// `difference_update`, `update` or `symmetric_difference_update`; `&`
/// iterates the smaller side and asks the view `in`, or calls
/// `set.intersection` when the other side is a set at least as large; `^` of
/// two items views compares values instead of hashing them. Either operand
/// may be any iterable. Raises CPython's TypeErrors ("'int' object is not
/// iterable", "unhashable type: 'list'"). nullopt when neither operand is a
/// set-like view or \p Op is another operator (in-place forms are the
/// binary ones: views and sets have no in-place slot that takes the other).
std::optional<Value> dictViewSetOp(BinaryOp Op, const Value &A, const Value &B);

/// `View.isdisjoint(Other)` for a dict_keys or dict_items \p View: iterates
/// \p Other (or the view, when \p Other is a set or set-like view larger
/// than it) and asks the other side `in`. Raises TypeError for a
/// non-iterable \p Other and an unhashable item looked up in a keys view or
/// set.
bool dictViewIsdisjoint(const Value &View, const Value &Other);

} // namespace pyctl

#endif // PYCTL_RUNTIME_DICTVIEWSETOPS_H
