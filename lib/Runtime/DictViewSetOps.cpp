//===- DictViewSetOps.cpp - Set operations on dict views ------------------===//
//
// Follows CPython 3.11's Objects/dictobject.c step by step, so that the sets
// made are built by the same set operations in the same order.
//
//===----------------------------------------------------------------------===//

#include "pyctl/Runtime/DictViewSetOps.h"

#include "pyctl/Runtime/Compare.h"
#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/Set.h"

#include <functional>
#include <utility>

namespace pyctl {

bool isSetLikeDictView(const Value &V) {
  return V.isDictView() && V.asDictView().Which != DictViewKind::Values;
}

namespace {

size_t viewSize(const Value &V) { return V.asDictView().Target->size(); }

/// Calls \p F with each item \p V yields. A set is walked in its table order
/// even when that order is not CPython's (SetObject::OrderKnown): the callers
/// use it only where the order cannot show, or pass the unknown order on to
/// the set they build.
void forEachIterated(const Value &V, const std::function<bool(const Value &)> &F) {
  if (!V.isSet())
    return forEachItem(V, F);
  for (const Value &Item : setItemsAnyOrder(V))
    if (!F(Item))
      return;
}

/// dictviews_to_set: PySet_New of the operand, of the dict itself for a keys
/// view (set_update_internal's dict branch: one resize, then the keys).
Value toSet(const Value &V) {
  if (V.isDictView() && V.asDictView().Which == DictViewKind::Keys)
    return setFromIterable(Value::dict(V.asDictView().Target));
  return setFromIterable(V);
}

/// dictitems_xor: the pairs of \p B whose key \p A lacks or maps to an
/// unequal value, then the pairs of \p A left after removing the keys whose
/// values were equal.
Value itemsXor(const Value &A, const Value &B) {
  Value Temp = Value::dict();
  updateDict(*Temp.asDict(), Value::dict(A.asDictView().Target));
  Value Result = makeSet({});
  for (const Dict::Entry &E : B.asDictView().Target->entries()) {
    const Value *Mine = Temp.asDict()->find(E.Key);
    if (Mine && containerItemEquals(*Mine, E.Val))
      Temp.asDict()->erase(E.Key);
    else
      setAdd(Result, Value::tuple({E.Key, E.Val}));
  }
  setUpdate(Result, Value::dictView(Temp.asDict(), DictViewKind::Items));
  return Result;
}

/// _PyDictView_Intersect.
Value intersect(Value Self, Value Other) {
  if (!isSetLikeDictView(Self)) // the view was the right operand
    std::swap(Self, Other);
  size_t LenSelf = viewSize(Self);
  if (Other.isSet() && LenSelf <= Other.asSet()->size())
    return callSetMethod(Other, "intersection", {Self}, {});
  if (isSetLikeDictView(Other) && viewSize(Other) > LenSelf)
    std::swap(Self, Other);
  Value Result = makeSet({});
  forEachIterated(Other, [&](const Value &Item) {
    if (pyContains(Self, Item))
      setAdd(Result, Item);
    return true;
  });
  if (Other.isSet() && !Other.asSet()->OrderKnown)
    Result.asSet()->OrderKnown = false; // its items were added in that order
  return Result;
}

} // namespace

std::optional<Value> dictViewSetOp(BinaryOp Op, const Value &A, const Value &B) {
  if (!isSetLikeDictView(A) && !isSetLikeDictView(B))
    return std::nullopt;
  switch (Op) {
  case BinaryOp::Sub: {
    Value R = toSet(A);
    callSetMethod(R, "difference_update", {B}, {});
    return R;
  }
  case BinaryOp::BitOr: {
    Value R = toSet(A);
    setUpdate(R, B);
    return R;
  }
  case BinaryOp::BitXor: {
    if (A.isDictView() && A.asDictView().Which == DictViewKind::Items && B.isDictView() &&
        B.asDictView().Which == DictViewKind::Items)
      return itemsXor(A, B);
    Value R = toSet(A);
    callSetMethod(R, "symmetric_difference_update", {B}, {});
    return R;
  }
  case BinaryOp::BitAnd:
    return intersect(A, B);
  default:
    return std::nullopt;
  }
}

bool dictViewIsdisjoint(const Value &View, const Value &OtherIn) {
  const DictView &V = View.asDictView();
  // `self == other`: the length decides. Another view of the same kind on
  // the same dict gives the same answer by iteration (each item is found,
  // its value being the identical object), so it takes this path too.
  if (OtherIn.isDictView() && OtherIn.asDictView().Target == V.Target &&
      OtherIn.asDictView().Which == V.Which)
    return V.Target->empty();
  Value Self = View, Other = OtherIn;
  if (Other.isSet() || isSetLikeDictView(Other)) {
    size_t LenOther = Other.isSet() ? Other.asSet()->size() : viewSize(Other);
    if (LenOther > viewSize(Self))
      std::swap(Self, Other);
  }
  // The answer does not depend on the order: `in` raises for no item of a set.
  bool Disjoint = true;
  forEachIterated(Other, [&](const Value &Item) {
    if (pyContains(Self, Item))
      Disjoint = false;
    return Disjoint;
  });
  return Disjoint;
}

} // namespace pyctl
