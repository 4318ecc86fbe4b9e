//===- Set.cpp - Python sets ----------------------------------------------===//

#include "pyctl/Runtime/Set.h"

#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Repr.h"
#include "pyctl/Runtime/Subscript.h"

#include <algorithm>
#include <cmath>

namespace pyctl {

namespace {

SetObject &obj(const Value &S) { return *S.asSet(); }

/// set_add_entry: adds \p Item unless an equal item is present.
void add(SetObject &S, const Value &Item) {
  if (!S.Items.contains(Item))
    S.Items.set(Item, Value::none());
}

Value copyOf(const Value &S) {
  Value R = Value::set(std::make_shared<SetObject>());
  obj(S).Items.forEach([&](const Dict::Entry &E) { add(obj(R), E.Key); });
  return R;
}

/// Visits the items of any iterable (a set's in the runtime's order, which
/// callers only use in order-independent ways).
void forEachOf(const Value &Iterable, const std::function<bool(const Value &)> &F) {
  if (Iterable.isSet()) {
    for (const Value &V : setItemsAnyOrder(Iterable))
      if (!F(V))
        return;
    return;
  }
  forEachItem(Iterable, F);
}

void update(const Value &S, const Value &Other) {
  forEachOf(Other, [&](const Value &V) {
    add(obj(S), V);
    return true;
  });
}

/// CPython's set_intersection: iterates the smaller set (the other one when
/// the sizes are equal) and keeps that set's item objects; for another
/// iterable, keeps its items.
Value intersection(const Value &S, const Value &Other) {
  Value R = Value::set(std::make_shared<SetObject>());
  if (Other.isSet()) {
    const Value *Big = &S, *Small = &Other;
    if (obj(Other).size() > obj(S).size())
      std::swap(Big, Small);
    for (const Value &V : setItemsAnyOrder(*Small))
      if (obj(*Big).Items.contains(V))
        add(obj(R), V);
    return R;
  }
  forEachItem(Other, [&](const Value &V) {
    if (obj(S).Items.contains(V))
      add(obj(R), V);
    return true;
  });
  return R;
}

Value difference(const Value &S, const Value &Other) {
  Value R = copyOf(S);
  forEachOf(Other, [&](const Value &V) {
    obj(R).Items.erase(V);
    return true;
  });
  return R;
}

/// CPython's set_symmetric_difference: a set of Other's items, then each
/// item of S removed from it when present, else added.
Value symmetricDifference(const Value &S, const Value &Other) {
  Value R = setFromIterable(Other);
  for (const Value &V : setItemsAnyOrder(S))
    if (!obj(R).Items.erase(V))
      add(obj(R), V);
  return R;
}

bool subsetOf(const Value &A, const Value &B) {
  if (obj(A).size() > obj(B).size())
    return false;
  bool All = true;
  obj(A).Items.forEach([&](const Dict::Entry &E) { All = All && obj(B).Items.contains(E.Key); });
  return All;
}

/// Replaces the items of \p Target by those of \p Source (in-place updates).
void assign(const Value &Target, const Value &Source) {
  if (Target.asSet() == Source.asSet())
    return;
  obj(Target).Items.clear();
  update(Target, Source);
}

} // namespace

Value makeSet(const std::vector<Value> &Items) {
  Value R = Value::set(std::make_shared<SetObject>());
  for (const Value &V : Items)
    add(obj(R), V);
  return R;
}

Value setFromIterable(const Value &Iterable) {
  if (Iterable.isSet())
    return copyOf(Iterable);
  Value R = Value::set(std::make_shared<SetObject>());
  update(R, Iterable);
  return R;
}

bool setContains(const Value &S, const Value &Item) {
  if (Item.isSet())
    return false; // looked up as a frozenset, which no set here holds
  return obj(S).Items.contains(Item);
}

std::vector<Value> setItemsAnyOrder(const Value &S) { return obj(S).Items.keys(); }

std::vector<Value> orderedSetItems(const Value &S) {
  if (obj(S).size() > 1)
    throw UnsupportedError("the iteration order of a set of two or more items (it depends on "
                           "hashes)");
  return setItemsAnyOrder(S);
}

/// True when `<` is a total order on \p Items: all numbers without NaN, all
/// strs, or all tuples of one length whose columns are such families.
static bool totallyOrdered(const std::vector<Value> &Items) {
  bool Numbers = true, Strs = true, Tuples = true;
  for (const Value &V : Items) {
    Numbers = Numbers && V.isNumber() && !(V.isFloat() && std::isnan(V.asFloat()));
    Strs = Strs && V.isStr();
    Tuples = Tuples && V.isTuple() && V.asTuple().size() == Items[0].asTuple().size();
  }
  if (Numbers || Strs || Items.empty())
    return true;
  if (!Tuples)
    return false;
  for (size_t Col = 0; Col < Items[0].asTuple().size(); ++Col) {
    std::vector<Value> Column;
    for (const Value &V : Items)
      Column.push_back(V.asTuple()[Col]);
    if (!totallyOrdered(Column))
      return false;
  }
  return true;
}

bool setTotallyOrdered(const Value &S) { return totallyOrdered(setItemsAnyOrder(S)); }

std::optional<Value> setBinaryOp(BinaryOp Op, const Value &A, const Value &B, bool InPlace) {
  if (!A.isSet() || !B.isSet())
    return std::nullopt;
  Value R;
  switch (Op) {
  case BinaryOp::BitOr:
    if (InPlace) {
      update(A, B);
      return A;
    }
    R = copyOf(A);
    update(R, B);
    return R;
  case BinaryOp::BitAnd:
    R = intersection(A, B);
    break;
  case BinaryOp::Sub:
    R = difference(A, B);
    break;
  case BinaryOp::BitXor:
    R = symmetricDifference(A, B);
    break;
  default:
    return std::nullopt;
  }
  if (!InPlace)
    return R;
  assign(A, R);
  return A;
}

bool setEquals(const Value &A, const Value &B) {
  return obj(A).size() == obj(B).size() && subsetOf(A, B);
}

bool setOrderCompare(CompareOp Op, const Value &A, const Value &B) {
  switch (Op) {
  case CompareOp::Le:
    return subsetOf(A, B);
  case CompareOp::Lt:
    return obj(A).size() < obj(B).size() && subsetOf(A, B);
  case CompareOp::Ge:
    return subsetOf(B, A);
  case CompareOp::Gt:
    return obj(B).size() < obj(A).size() && subsetOf(B, A);
  default:
    return false;
  }
}

static constexpr std::string_view SetMethods[] = {
    "add",          "discard",     "remove",   "pop",        "clear",
    "copy",         "update",      "union",    "intersection", "difference",
    "symmetric_difference", "issubset", "issuperset", "isdisjoint", "intersection_update",
    "difference_update", "symmetric_difference_update"};

bool isSetMethod(std::string_view Name) {
  return std::find(std::begin(SetMethods), std::end(SetMethods), Name) != std::end(SetMethods);
}

Value callSetMethod(const Value &Self, std::string_view Name, std::vector<Value> A,
                    const KeywordArgs &Kw) {
  std::string Qualified = "set." + std::string(Name);
  if (!Kw.empty())
    throwTypeError(Qualified + "() takes no keyword arguments");
  auto Count = [&](size_t N) {
    if (A.size() == N)
      return;
    if (N == 0)
      throwTypeError(Qualified + "() takes no arguments (" + std::to_string(A.size()) + " given)");
    throwTypeError(Qualified + "() takes exactly one argument (" + std::to_string(A.size()) +
                   " given)");
  };
  SetObject &S = obj(Self);
  if (Name == "add") {
    Count(1);
    add(S, A[0]);
    return Value::none();
  }
  if (Name == "discard" || Name == "remove") {
    Count(1);
    if (A[0].isSet()) { // looked up as a frozenset: never present
      if (Name == "remove")
        throw PythonError("KeyError", repr(A[0]));
      return Value::none();
    }
    if (!S.Items.erase(A[0]) && Name == "remove")
      throw PythonError("KeyError", repr(A[0]));
    return Value::none();
  }
  if (Name == "pop") {
    Count(0);
    if (S.size() == 0)
      throw PythonError("KeyError", "'pop from an empty set'");
    Value Item = orderedSetItems(Self).front();
    S.Items.erase(Item);
    return Item;
  }
  if (Name == "clear") {
    Count(0);
    S.Items.clear();
    return Value::none();
  }
  if (Name == "copy") {
    Count(0);
    return copyOf(Self);
  }
  if (Name == "issubset" || Name == "issuperset" || Name == "isdisjoint") {
    Count(1);
    if (Name == "issubset")
      return Value::boolean(subsetOf(Self, setFromIterable(A[0])));
    bool Result = true;
    forEachOf(A[0], [&](const Value &V) {
      bool In = S.Items.contains(V);
      Result = Name == "issuperset" ? In : !In;
      return Result;
    });
    return Value::boolean(Result);
  }
  if (Name == "symmetric_difference" || Name == "symmetric_difference_update") {
    Count(1);
    Value R = symmetricDifference(Self, A[0]);
    if (Name == "symmetric_difference")
      return R;
    assign(Self, R);
    return Value::none();
  }
  // update union intersection difference and the *_update forms: any number
  // of iterables, applied left to right.
  if (Name == "update") {
    for (const Value &Other : A)
      update(Self, Other);
    return Value::none();
  }
  bool InPlace = Name == "intersection_update" || Name == "difference_update";
  bool IsUnion = Name == "union";
  bool IsIntersection = Name == "intersection" || Name == "intersection_update";
  Value R = copyOf(Self);
  for (const Value &Other : A) {
    if (IsUnion)
      update(R, Other);
    else if (IsIntersection)
      R = intersection(R, Other);
    else
      R = difference(R, Other);
  }
  if (!InPlace)
    return R;
  assign(Self, R);
  return Value::none();
}

} // namespace pyctl
