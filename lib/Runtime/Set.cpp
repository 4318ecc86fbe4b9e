//===- Set.cpp - Python sets ----------------------------------------------===//
//
// CPython 3.11's set table and algorithms (Objects/setobject.c), rewritten:
// the layout of the table is the iteration order, so every operation follows
// CPython's step by step (which slot an item takes, when the table is resized
// and to what size, which operand is iterated).
//
//===----------------------------------------------------------------------===//

#include "pyctl/Runtime/Set.h"

#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Repr.h"
#include "pyctl/Runtime/Subscript.h"

#include <algorithm>
#include <cmath>

namespace pyctl {

namespace {

using SlotState = SetObject::SlotState;
using Slot = SetObject::Slot;

constexpr size_t LinearProbes = 9;
constexpr unsigned PerturbShift = 5;
constexpr size_t MinSize = 8;

SetObject &obj(const Value &S) { return *S.asSet(); }

Value newSet() { return Value::set(std::make_shared<SetObject>()); }

bool sameKey(const Value &A, const Value &B) {
  const void *Id = A.objectIdentity();
  return (Id && Id == B.objectIdentity()) || containerItemEquals(A, B);
}

/// set_lookkey: the slot holding an item equal to \p Key, or the unused slot
/// that ends the probe sequence.
size_t lookup(const SetObject &S, const Value &Key, int64_t Hash) {
  size_t Mask = S.Mask;
  size_t I = static_cast<size_t>(Hash) & Mask;
  size_t Perturb = static_cast<size_t>(Hash);
  while (true) {
    size_t Probes = I + LinearProbes <= Mask ? LinearProbes : 0;
    for (size_t E = I;; ++E) {
      const Slot &Sl = S.Table[E];
      if (Sl.State == SlotState::Unused)
        return E;
      if (Sl.State == SlotState::Active && Sl.Hash == Hash && sameKey(Sl.Key, Key))
        return E;
      if (Probes-- == 0)
        break;
    }
    Perturb >>= PerturbShift;
    I = (I * 5 + 1 + Perturb) & Mask;
  }
}

/// set_insert_clean: places an item known to be absent in a table without
/// dummies.
void insertClean(std::vector<Slot> &Table, size_t Mask, Value Key, int64_t Hash) {
  size_t I = static_cast<size_t>(Hash) & Mask;
  size_t Perturb = static_cast<size_t>(Hash);
  while (true) {
    if (Table[I].State == SlotState::Unused) {
      Table[I] = Slot{SlotState::Active, Hash, std::move(Key)};
      return;
    }
    if (I + LinearProbes <= Mask)
      for (size_t J = 1; J <= LinearProbes; ++J)
        if (Table[I + J].State == SlotState::Unused) {
          Table[I + J] = Slot{SlotState::Active, Hash, std::move(Key)};
          return;
        }
    Perturb >>= PerturbShift;
    I = (I * 5 + 1 + Perturb) & Mask;
  }
}

/// set_table_resize: a table of the smallest power of two above \p MinUsed
/// (at least 8), the active items re-inserted in slot order.
void resize(SetObject &S, size_t MinUsed) {
  size_t NewSize = MinSize;
  while (NewSize <= MinUsed)
    NewSize <<= 1;
  if (NewSize == MinSize && S.Table.size() == MinSize && S.Fill == S.Used)
    return; // no dummies to purge
  std::vector<Slot> Old = std::move(S.Table);
  S.Table.assign(NewSize, Slot());
  S.Mask = NewSize - 1;
  S.Fill = S.Used;
  for (Slot &Sl : Old)
    if (Sl.State == SlotState::Active)
      insertClean(S.Table, S.Mask, std::move(Sl.Key), Sl.Hash);
}

size_t growTo(const SetObject &S) { return S.Used > 50000 ? S.Used * 2 : S.Used * 4; }

/// set_add_entry: adds \p Key unless an equal item is present (which is
/// kept). The last dummy passed on the way to an unused slot is reused.
void addEntry(SetObject &S, const Value &Key, int64_t Hash) {
  size_t Mask = S.Mask;
  size_t I = static_cast<size_t>(Hash) & Mask;
  size_t Perturb = static_cast<size_t>(Hash);
  std::optional<size_t> FreeSlot;
  while (true) {
    size_t Probes = I + LinearProbes <= Mask ? LinearProbes : 0;
    for (size_t E = I;; ++E) {
      Slot &Sl = S.Table[E];
      if (Sl.State == SlotState::Unused) {
        S.OrderKnown = S.OrderKnown && hashIsCPythons(Key);
        ++S.Used;
        if (FreeSlot) {
          S.Table[*FreeSlot] = Slot{SlotState::Active, Hash, Key};
          return;
        }
        ++S.Fill;
        Sl = Slot{SlotState::Active, Hash, Key};
        if (S.Fill * 5 >= Mask * 3)
          resize(S, growTo(S));
        return;
      }
      if (Sl.State == SlotState::Active) {
        if (Sl.Hash == Hash && sameKey(Sl.Key, Key))
          return;
      } else {
        FreeSlot = E;
      }
      if (Probes-- == 0)
        break;
    }
    Perturb >>= PerturbShift;
    I = (I * 5 + 1 + Perturb) & Mask;
  }
}

void add(SetObject &S, const Value &Key) { addEntry(S, Key, hashValue(Key)); }

/// set_discard_entry: true when an equal item was there (its slot becomes a
/// dummy).
bool discardEntry(SetObject &S, const Value &Key, int64_t Hash) {
  size_t E = lookup(S, Key, Hash);
  Slot &Sl = S.Table[E];
  if (Sl.State != SlotState::Active)
    return false;
  Sl = Slot{SlotState::Dummy, -1, Value()};
  --S.Used;
  return true;
}

bool discard(SetObject &S, const Value &Key) { return discardEntry(S, Key, hashValue(Key)); }

bool containsEntry(const SetObject &S, const Value &Key, int64_t Hash) {
  return S.Table[lookup(S, Key, Hash)].State == SlotState::Active;
}

/// set_clear_internal: back to an empty 8-slot table (the finger stays).
void clear(SetObject &S) {
  S.Table.assign(MinSize, Slot());
  S.Mask = MinSize - 1;
  S.Fill = S.Used = 0;
  S.OrderKnown = true;
}

/// The active slots in table order (set_next), copied so that callers may
/// change the set while visiting.
std::vector<Slot> activeSlots(const SetObject &S) {
  std::vector<Slot> Out;
  Out.reserve(S.Used);
  for (const Slot &Sl : S.Table)
    if (Sl.State == SlotState::Active)
      Out.push_back(Sl);
  return Out;
}

/// set_merge: \p Other's items into \p S, with one resize first and, into an
/// empty table, a slot-by-slot copy or clean inserts.
void merge(SetObject &S, const SetObject &Other) {
  if (&S == &Other || Other.Used == 0)
    return;
  S.OrderKnown = S.OrderKnown && Other.OrderKnown;
  if ((S.Fill + Other.Used) * 5 >= S.Mask * 3)
    resize(S, (S.Used + Other.Used) * 2);
  if (S.Fill == 0 && S.Mask == Other.Mask && Other.Fill == Other.Used) {
    S.Table = Other.Table;
    S.Fill = Other.Fill;
    S.Used = Other.Used;
    return;
  }
  if (S.Fill == 0) {
    S.Fill = S.Used = Other.Used;
    for (const Slot &Sl : Other.Table)
      if (Sl.State == SlotState::Active)
        insertClean(S.Table, S.Mask, Sl.Key, Sl.Hash);
    return;
  }
  for (const Slot &Sl : activeSlots(Other))
    addEntry(S, Sl.Key, Sl.Hash);
}

/// set_update_internal: a set is merged; a dict's keys are added after one
/// resize; any other iterable's items are added as they are produced.
void updateInternal(const Value &S, const Value &Other) {
  if (Other.isSet())
    return merge(obj(S), obj(Other));
  if (Other.isDict()) {
    const Dict &D = *Other.asDict();
    SetObject &Target = obj(S);
    if ((Target.Fill + D.size()) * 5 >= Target.Mask * 3)
      resize(Target, (Target.Used + D.size()) * 2);
    for (const Value &K : D.keys())
      add(Target, K);
    return;
  }
  forEachItem(Other, [&](const Value &V) {
    add(obj(S), V);
    return true;
  });
}

/// make_new_set / set_copy.
Value newSetFrom(const Value &Iterable) {
  Value R = newSet();
  updateInternal(R, Iterable);
  return R;
}

/// set_intersection: iterates the smaller set (the other one when the sizes
/// are equal) and keeps its item objects; for another iterable, its items
/// until the result is as large as the set (CPython stops consuming there).
Value intersection(const Value &S, const Value &Other) {
  if (S.isSet() && Other.isSet() && S.asSet() == Other.asSet())
    return newSetFrom(S);
  Value R = newSet();
  if (Other.isSet()) {
    const SetObject *Big = S.asSet().get(), *Small = Other.asSet().get();
    if (Small->Used > Big->Used)
      std::swap(Big, Small);
    obj(R).OrderKnown = Small->OrderKnown;
    for (const Slot &Sl : activeSlots(*Small))
      if (containsEntry(*Big, Sl.Key, Sl.Hash))
        addEntry(obj(R), Sl.Key, Sl.Hash);
    return R;
  }
  const SetObject &Base = obj(S);
  forEachItem(Other, [&](const Value &V) {
    int64_t H = hashValue(V);
    if (containsEntry(Base, V, H)) {
      addEntry(obj(R), V, H);
      if (obj(R).Used >= Base.Used)
        return false;
    }
    return true;
  });
  return R;
}

/// set_difference_update_internal.
void differenceUpdate(const Value &S, const Value &Other) {
  SetObject &Target = obj(S);
  if (Other.isSet() && Other.asSet() == S.asSet())
    return clear(Target);
  if (Other.isSet()) {
    for (const Slot &Sl : activeSlots(obj(Other)))
      discardEntry(Target, Sl.Key, Sl.Hash);
  } else {
    forEachItem(Other, [&](const Value &V) {
      discard(Target, V);
      return true;
    });
  }
  // More than a quarter dummies: resize them away.
  if (Target.Fill - Target.Used > Target.Mask / 4)
    resize(Target, growTo(Target));
}

/// set_difference: a copy minus Other, or the items of S not in Other added
/// to a new set when Other (a set or dict) is not much smaller.
Value difference(const Value &S, const Value &Other) {
  size_t OtherSize;
  if (Other.isSet())
    OtherSize = obj(Other).Used;
  else if (Other.isDict())
    OtherSize = Other.asDict()->size();
  else
    OtherSize = 0;
  if ((!Other.isSet() && !Other.isDict()) || (obj(S).Used >> 2) > OtherSize) {
    Value R = newSetFrom(S);
    differenceUpdate(R, Other);
    return R;
  }
  Value R = newSet();
  obj(R).OrderKnown = obj(S).OrderKnown;
  for (const Slot &Sl : activeSlots(obj(S))) {
    bool In = Other.isSet() ? containsEntry(obj(Other), Sl.Key, Sl.Hash)
                            : Other.asDict()->contains(Sl.Key);
    if (!In)
      addEntry(obj(R), Sl.Key, Sl.Hash);
  }
  return R;
}

/// set_symmetric_difference_update.
void symmetricDifferenceUpdate(const Value &S, const Value &Other) {
  SetObject &Target = obj(S);
  if (Other.isSet() && Other.asSet() == S.asSet())
    return clear(Target);
  if (Other.isDict()) {
    for (const Value &K : Other.asDict()->keys()) {
      int64_t H = hashValue(K);
      if (!discardEntry(Target, K, H))
        addEntry(Target, K, H);
    }
    return;
  }
  Value O = Other.isSet() ? Other : newSetFrom(Other);
  Target.OrderKnown = Target.OrderKnown && obj(O).OrderKnown;
  for (const Slot &Sl : activeSlots(obj(O)))
    if (!discardEntry(Target, Sl.Key, Sl.Hash))
      addEntry(Target, Sl.Key, Sl.Hash);
}

/// set_symmetric_difference: a new set of Other's items, updated with S.
Value symmetricDifference(const Value &S, const Value &Other) {
  Value R = newSetFrom(Other);
  symmetricDifferenceUpdate(R, S);
  return R;
}

/// set_issubset for two sets.
bool subsetOf(const Value &A, const Value &B) {
  if (obj(A).Used > obj(B).Used)
    return false;
  for (const Slot &Sl : activeSlots(obj(A)))
    if (!containsEntry(obj(B), Sl.Key, Sl.Hash))
      return false;
  return true;
}

/// set_swap_bodies(Target, Source) for the in-place updates: Target takes
/// Source's table (its finger stays).
void takeBody(const Value &Target, const Value &Source) {
  if (Target.asSet() == Source.asSet())
    return;
  SetObject &T = obj(Target), &S = obj(Source);
  std::swap(T.Table, S.Table);
  std::swap(T.Mask, S.Mask);
  std::swap(T.Fill, S.Fill);
  std::swap(T.Used, S.Used);
  std::swap(T.OrderKnown, S.OrderKnown);
}

/// Whether every item of \p S sits in its home slot (hash & mask): then any
/// insertion order gives this layout.
bool allAtHome(const SetObject &S) {
  for (size_t I = 0; I <= S.Mask; ++I)
    if (S.Table[I].State == SlotState::Active &&
        (static_cast<size_t>(S.Table[I].Hash) & S.Mask) != I)
      return false;
  return true;
}

} // namespace

Value makeSet(const std::vector<Value> &Items) {
  Value R = newSet();
  for (const Value &V : Items)
    add(obj(R), V);
  return R;
}

Value makeSetFromConstants(const std::vector<Value> &Items, bool IteratedByFor) {
  Value Frozen = makeSet(Items);
  Value R = newSet();
  merge(obj(R), obj(Frozen));
  // A frozenset loaded from a .pyc was built in marshal's order, which gives
  // the same table only when no two items compete for a slot.
  if (!allAtHome(obj(Frozen)))
    obj(R).OrderKnown = false;
  if (IteratedByFor) {
    std::vector<Value> A = setItemsAnyOrder(Frozen), B = setItemsAnyOrder(R);
    for (size_t I = 0; I < A.size(); ++I)
      if (!containerItemEquals(A[I], B[I])) // items of a set are pairwise unequal
        obj(R).OrderKnown = false;
  }
  return R;
}

void setUpdate(const Value &S, const Value &Iterable) { updateInternal(S, Iterable); }

void setAdd(const Value &S, const Value &Item) { add(obj(S), Item); }

Value setFromIterable(const Value &Iterable) { return newSetFrom(Iterable); }

bool setContains(const Value &S, const Value &Item) {
  if (Item.isSet())
    return false; // looked up as a frozenset, which no set here holds
  return containsEntry(obj(S), Item, hashValue(Item));
}

std::vector<Value> setItemsAnyOrder(const Value &S) {
  std::vector<Value> Out;
  for (const Slot &Sl : activeSlots(obj(S)))
    Out.push_back(Sl.Key);
  return Out;
}

void checkSetOrderKnown(const Value &S) {
  if (obj(S).Used > 1 && !obj(S).OrderKnown)
    throw UnsupportedError("the iteration order of a set whose table layout CPython does not "
                           "reproduce (it held a value whose hash varies per process or is its "
                           "address, such as a str, None or an exception class, or is a display "
                           "of colliding constants)");
}

std::vector<Value> orderedSetItems(const Value &S) {
  checkSetOrderKnown(S);
  return setItemsAnyOrder(S);
}

bool setTotallyOrdered(const Value &S) { return totallyOrdered(setItemsAnyOrder(S)); }

std::optional<Value> setBinaryOp(BinaryOp Op, const Value &A, const Value &B, bool InPlace) {
  if (!A.isSet() || !B.isSet())
    return std::nullopt;
  switch (Op) {
  case BinaryOp::BitOr: {
    if (InPlace) { // set_ior
      updateInternal(A, B);
      return A;
    }
    Value R = newSetFrom(A); // set_or
    if (A.asSet() != B.asSet())
      updateInternal(R, B);
    return R;
  }
  case BinaryOp::BitAnd: {
    Value R = intersection(A, B);
    if (!InPlace)
      return R;
    takeBody(A, R); // set_intersection_update
    return A;
  }
  case BinaryOp::Sub:
    if (!InPlace)
      return difference(A, B);
    differenceUpdate(A, B);
    return A;
  case BinaryOp::BitXor:
    if (!InPlace)
      return symmetricDifference(A, B);
    symmetricDifferenceUpdate(A, B);
    return A;
  default:
    return std::nullopt;
  }
}

bool setEquals(const Value &A, const Value &B) {
  return obj(A).Used == obj(B).Used && subsetOf(A, B);
}

bool setOrderCompare(CompareOp Op, const Value &A, const Value &B) {
  switch (Op) {
  case CompareOp::Le:
    return subsetOf(A, B);
  case CompareOp::Lt:
    return obj(A).Used < obj(B).Used && subsetOf(A, B);
  case CompareOp::Ge:
    return subsetOf(B, A);
  case CompareOp::Gt:
    return obj(B).Used < obj(A).Used && subsetOf(B, A);
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
    if (!discard(S, A[0]) && Name == "remove")
      throw PythonError("KeyError", repr(A[0]));
    return Value::none();
  }
  if (Name == "pop") {
    // set_pop: the first active slot from the finger on, wrapping around.
    Count(0);
    if (S.Used == 0)
      throw PythonError("KeyError", "'pop from an empty set'");
    checkSetOrderKnown(Self);
    size_t E = S.Finger & S.Mask;
    while (S.Table[E].State != SlotState::Active)
      E = E == S.Mask ? 0 : E + 1;
    Value Item = S.Table[E].Key;
    S.Table[E] = Slot{SlotState::Dummy, -1, Value()};
    --S.Used;
    S.Finger = E + 1;
    return Item;
  }
  if (Name == "clear") {
    Count(0);
    clear(S);
    return Value::none();
  }
  if (Name == "copy") {
    Count(0);
    return newSetFrom(Self);
  }
  if (Name == "issubset") {
    Count(1);
    return Value::boolean(subsetOf(Self, A[0].isSet() ? A[0] : newSetFrom(A[0])));
  }
  if (Name == "issuperset" || Name == "isdisjoint") {
    Count(1);
    if (Name == "issuperset" && A[0].isSet())
      return Value::boolean(subsetOf(A[0], Self));
    if (Name == "isdisjoint" && A[0].isSet()) {
      const Value *Big = &Self, *Small = &A[0];
      if (obj(*Small).Used > obj(*Big).Used)
        std::swap(Big, Small);
      for (const Slot &Sl : activeSlots(obj(*Small)))
        if (containsEntry(obj(*Big), Sl.Key, Sl.Hash))
          return Value::boolean(false);
      return Value::boolean(true);
    }
    bool Result = true;
    forEachItem(A[0], [&](const Value &V) {
      bool In = setContains(Self, V);
      Result = Name == "issuperset" ? In : !In;
      return Result;
    });
    return Value::boolean(Result);
  }
  if (Name == "symmetric_difference") {
    Count(1);
    return symmetricDifference(Self, A[0]);
  }
  if (Name == "symmetric_difference_update") {
    Count(1);
    symmetricDifferenceUpdate(Self, A[0]);
    return Value::none();
  }
  if (Name == "update") {
    for (const Value &Other : A)
      updateInternal(Self, Other);
    return Value::none();
  }
  if (Name == "union") { // set_union: a copy updated with each other (not itself)
    Value R = newSetFrom(Self);
    for (const Value &Other : A)
      if (!(Other.isSet() && Other.asSet() == Self.asSet()))
        updateInternal(R, Other);
    return R;
  }
  if (Name == "intersection" || Name == "intersection_update") {
    // set_intersection_multi: a copy when there is no argument.
    Value R = Self;
    if (A.empty())
      R = newSetFrom(Self);
    for (const Value &Other : A)
      R = intersection(R, Other);
    if (Name == "intersection")
      return R;
    takeBody(Self, R);
    return Value::none();
  }
  if (Name == "difference") { // set_difference_multi
    if (A.empty())
      return newSetFrom(Self);
    Value R = difference(Self, A[0]);
    for (size_t I = 1; I < A.size(); ++I)
      differenceUpdate(R, A[I]);
    return R;
  }
  // difference_update
  for (const Value &Other : A)
    differenceUpdate(Self, Other);
  return Value::none();
}

} // namespace pyctl
