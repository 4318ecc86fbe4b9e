//===- Subscript.cpp - Indexing, slicing, len and iteration ---------------===//

#include "pyctl/Runtime/Subscript.h"

#include "pyctl/Runtime/MatchObject.h"

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/Set.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Repr.h"
#include "pyctl/Runtime/Unicode.h"

#include <algorithm>
#include <limits>

namespace pyctl {

static constexpr int64_t SsizeMax = std::numeric_limits<int64_t>::max();
static constexpr int64_t SsizeMin = std::numeric_limits<int64_t>::min();
/// Ranges longer than this are not materialised by iterate().
static constexpr uint64_t MaxIterationItems = uint64_t(1) << 32;

static std::string quoted(std::string_view S) { return "'" + std::string(S) + "'"; }

//===----------------------------------------------------------------------===//
// Indices and slices
//===----------------------------------------------------------------------===//

/// An int index as a machine integer (PyNumber_AsSsize_t with IndexError).
static int64_t indexValue(const Value &Index) {
  auto N = Index.toInt().toInt64();
  if (!N)
    throwIndexError("cannot fit 'int' into an index-sized integer");
  return *N;
}

/// Resolves a possibly negative index against \p Len; nullopt if out of range.
static std::optional<size_t> resolveIndex(int64_t I, size_t Len) {
  if (I < 0)
    I += int64_t(Len);
  if (I < 0 || uint64_t(I) >= Len)
    return std::nullopt;
  return size_t(I);
}

namespace {
/// A slice resolved against a sequence length (PySlice_Unpack followed by
/// PySlice_AdjustIndices): items Start + k*Step for k < Length.
struct SliceIndices {
  int64_t Start, Stop, Step;
  size_t Length;
  size_t at(size_t K) const { return size_t(Start + int64_t(K) * Step); }
};
} // namespace

/// A slice bound clamped to the machine range (_PyEval_SliceIndex).
static int64_t sliceBound(const Value &V) {
  if (!V.isIntegral())
    throwTypeError("slice indices must be integers or None or have an __index__ method");
  Int I = V.toInt();
  if (auto N = I.toInt64())
    return *N;
  return I.sign() < 0 ? SsizeMin : SsizeMax;
}

static SliceIndices resolveSlice(size_t Len, const Value &StartV, const Value &StopV,
                                 const Value &StepV) {
  int64_t Step = 1;
  if (!StepV.isNone()) {
    Step = sliceBound(StepV);
    if (Step == 0)
      throwValueError("slice step cannot be zero");
    if (Step < -SsizeMax)
      Step = -SsizeMax;
  }
  int64_t Start = StartV.isNone() ? (Step < 0 ? SsizeMax : 0) : sliceBound(StartV);
  int64_t Stop = StopV.isNone() ? (Step < 0 ? SsizeMin : SsizeMax) : sliceBound(StopV);
  int64_t L = int64_t(Len);
  auto Adjust = [&](int64_t &X) {
    if (X < 0) {
      X += L;
      if (X < 0)
        X = Step < 0 ? -1 : 0;
    } else if (X >= L) {
      X = Step < 0 ? L - 1 : L;
    }
  };
  Adjust(Start);
  Adjust(Stop);
  size_t Length = 0;
  if (Step < 0) {
    if (Stop < Start)
      Length = size_t((Start - Stop - 1) / (-Step) + 1);
  } else if (Start < Stop) {
    Length = size_t((Stop - Start - 1) / Step + 1);
  }
  return {Start, Stop, Step, Length};
}

/// An int slice bound for ranges (PyNumber_Index, unbounded).
static Int rangeSliceBound(const Value &V) {
  if (!V.isIntegral())
    throwTypeError("slice indices must be integers or have an __index__ method");
  return V.toInt();
}

/// range[start:stop:step] as CPython's compute_slice.
static Value sliceRange(const RangeObject &R, const Value &StartV, const Value &StopV,
                        const Value &StepV) {
  Int Step(1);
  if (!StepV.isNone()) {
    Step = rangeSliceBound(StepV);
    if (Step.isZero())
      throwValueError("slice step cannot be zero");
  }
  Int Len = R.length();
  bool Negative = Step.sign() < 0;
  Int Lower = Negative ? Int(-1) : Int(0);
  Int Upper = Negative ? Len + Lower : Len;
  auto Clamp = [&](const Value &V, const Int &Default) {
    if (V.isNone())
      return Default;
    Int X = rangeSliceBound(V);
    if (X.sign() < 0) {
      X = X + Len;
      if (X < Lower)
        X = Lower;
    } else if (Upper < X) {
      X = Upper;
    }
    return X;
  };
  Int Start = Clamp(StartV, Negative ? Upper : Lower);
  Int Stop = Clamp(StopV, Negative ? Lower : Upper);
  return Value::range(R.Start + Start * R.Step, R.Start + Stop * R.Step, Step * R.Step);
}

//===----------------------------------------------------------------------===//
// Strings by code point
//===----------------------------------------------------------------------===//

Value strCodePointAt(const Value &S, size_t I) {
  const StrObject &Obj = S.strObject();
  if (Obj.ASCII)
    return Value::str(std::string(1, Obj.Text[I]));
  size_t Pos = Obj.byteOffsetOf(I);
  size_t End = Pos;
  unicode::decodeNext(Obj.Text, End);
  return Value::str(Obj.Text.substr(Pos, End - Pos));
}

static Value sliceStr(const Value &S, const SliceIndices &Slice) {
  const StrObject &Obj = S.strObject();
  if (Slice.Step == 1) {
    if (Slice.Length == 0)
      return Value::str("");
    if (Obj.ASCII)
      return Value::str(Obj.Text.substr(size_t(Slice.Start), Slice.Length));
    size_t From = Obj.byteOffsetOf(size_t(Slice.Start));
    size_t To = Obj.byteOffsetOf(size_t(Slice.Start) + Slice.Length);
    return Value::str(Obj.Text.substr(From, To - From));
  }
  std::string Out;
  if (Obj.ASCII) {
    for (size_t K = 0; K < Slice.Length; ++K)
      Out.push_back(Obj.Text[Slice.at(K)]);
    return Value::str(std::move(Out));
  }
  std::u32string CodePoints = unicode::decode(Obj.Text);
  for (size_t K = 0; K < Slice.Length; ++K)
    unicode::appendUTF8(Out, CodePoints[Slice.at(K)]);
  return Value::str(std::move(Out));
}

//===----------------------------------------------------------------------===//
// Reading
//===----------------------------------------------------------------------===//

[[noreturn]] static void throwNotSubscriptable(const Value &Obj) {
  throwTypeError(quoted(typeName(Obj)) + " object is not subscriptable");
}

Value getItem(const Value &Obj, const Value &Index) {
  switch (Obj.kind()) {
  case Value::Kind::List:
  case Value::Kind::Tuple: {
    std::string Type(typeName(Obj));
    if (!Index.isIntegral())
      throwTypeError(Type + " indices must be integers or slices, not " +
                     std::string(typeName(Index)));
    const auto &Items = Obj.sequenceItems();
    auto I = resolveIndex(indexValue(Index), Items.size());
    if (!I)
      throwIndexError(Type + " index out of range");
    return Items[*I];
  }
  case Value::Kind::Str: {
    if (!Index.isIntegral())
      throwTypeError("string indices must be integers, not " + quoted(typeName(Index)));
    auto I = resolveIndex(indexValue(Index), Obj.strObject().Length);
    if (!I)
      throwIndexError("string index out of range");
    return strCodePointAt(Obj, *I);
  }
  case Value::Kind::Range: {
    if (!Index.isIntegral())
      throwTypeError("range indices must be integers or slices, not " +
                     std::string(typeName(Index)));
    const RangeObject &R = Obj.asRange();
    Int Len = R.length();
    Int I = Index.toInt();
    if (I.sign() < 0)
      I = I + Len;
    if (I.sign() < 0 || !(I < Len))
      throwIndexError("range object index out of range");
    return Value::integer(R.at(I));
  }
  case Value::Kind::Dict: {
    if (const Value *Found = Obj.asDict()->find(Index))
      return *Found;
    throw PythonError("KeyError", repr(Index));
  }
  case Value::Kind::Match:
    return matchGetItem(*Obj.asMatch(), Index);
  default:
    break;
  }
  throwNotSubscriptable(Obj);
}

Value getSlice(const Value &Obj, const Value &Start, const Value &Stop, const Value &Step) {
  switch (Obj.kind()) {
  case Value::Kind::List:
  case Value::Kind::Tuple: {
    const auto &Items = Obj.sequenceItems();
    SliceIndices Slice = resolveSlice(Items.size(), Start, Stop, Step);
    std::vector<Value> Out;
    Out.reserve(Slice.Length);
    for (size_t K = 0; K < Slice.Length; ++K)
      Out.push_back(Items[Slice.at(K)]);
    return Obj.isList() ? Value::list(std::move(Out)) : Value::tuple(std::move(Out));
  }
  case Value::Kind::Str:
    return sliceStr(Obj, resolveSlice(Obj.strObject().Length, Start, Stop, Step));
  case Value::Kind::Range:
    return sliceRange(Obj.asRange(), Start, Stop, Step);
  case Value::Kind::Dict:
  case Value::Kind::Match: // sre looks the slice up in groupindex (3.11: slices are unhashable)
    throwTypeError("unhashable type: 'slice'");
  default:
    break;
  }
  throwNotSubscriptable(Obj);
}

//===----------------------------------------------------------------------===//
// Writing and deleting
//===----------------------------------------------------------------------===//

void setItem(const Value &Obj, const Value &Index, const Value &Item) {
  if (Obj.isList()) {
    if (!Index.isIntegral())
      throwTypeError("list indices must be integers or slices, not " +
                     std::string(typeName(Index)));
    auto &Items = *Obj.asList();
    auto I = resolveIndex(indexValue(Index), Items.size());
    if (!I)
      throwIndexError("list assignment index out of range");
    Items[*I] = Item;
    return;
  }
  if (Obj.isDict()) {
    Obj.asDict()->set(Index, Item);
    return;
  }
  throwTypeError(quoted(typeName(Obj)) + " object does not support item assignment");
}

/// The items of an iterable for slice assignment, or TypeError \p Message.
static std::vector<Value> assignedItems(const Value &Items, const char *Message) {
  switch (Items.kind()) {
  case Value::Kind::Str:
  case Value::Kind::List:
  case Value::Kind::Tuple:
  case Value::Kind::Dict:
  case Value::Kind::DictView:
  case Value::Kind::Range:
  case Value::Kind::Set:
  case Value::Kind::Iterator:
    return iterate(Items);
  default:
    throwTypeError(Message);
  }
}

void setSlice(const Value &Obj, const Value &Start, const Value &Stop, const Value &Step,
              const Value &Items) {
  if (!Obj.isList()) {
    if (Obj.isDict())
      throwTypeError("unhashable type: 'slice'");
    throwTypeError(quoted(typeName(Obj)) + " object does not support item assignment");
  }
  auto &List = *Obj.asList();
  SliceIndices Slice = resolveSlice(List.size(), Start, Stop, Step);
  if (Slice.Step == 1) {
    std::vector<Value> New = assignedItems(Items, "can only assign an iterable");
    int64_t Lo = std::clamp<int64_t>(Slice.Start, 0, int64_t(List.size()));
    int64_t Hi = std::clamp<int64_t>(Slice.Stop, Lo, int64_t(List.size()));
    List.erase(List.begin() + Lo, List.begin() + Hi);
    List.insert(List.begin() + Lo, New.begin(), New.end());
    return;
  }
  std::vector<Value> New = assignedItems(Items, "must assign iterable to extended slice");
  if (New.size() != Slice.Length)
    throwValueError("attempt to assign sequence of size " + std::to_string(New.size()) +
                    " to extended slice of size " + std::to_string(Slice.Length));
  for (size_t K = 0; K < Slice.Length; ++K)
    List[Slice.at(K)] = New[K];
}

void delItem(const Value &Obj, const Value &Index) {
  if (Obj.isList()) {
    if (!Index.isIntegral())
      throwTypeError("list indices must be integers or slices, not " +
                     std::string(typeName(Index)));
    auto &Items = *Obj.asList();
    auto I = resolveIndex(indexValue(Index), Items.size());
    if (!I)
      throwIndexError("list assignment index out of range");
    Items.erase(Items.begin() + int64_t(*I));
    return;
  }
  if (Obj.isDict()) {
    if (!Obj.asDict()->erase(Index))
      throw PythonError("KeyError", repr(Index));
    return;
  }
  // CPython: PySequence_DelItem's text for int indices of sequences,
  // PyObject_DelItem's otherwise.
  bool Sequence = Obj.isStr() || Obj.isTuple() || Obj.isRange();
  if (Sequence && Index.isIntegral())
    throwTypeError(quoted(typeName(Obj)) + " object doesn't support item deletion");
  throwTypeError(quoted(typeName(Obj)) + " object does not support item deletion");
}

void delSlice(const Value &Obj, const Value &Start, const Value &Stop, const Value &Step) {
  if (!Obj.isList()) {
    if (Obj.isDict())
      throwTypeError("unhashable type: 'slice'");
    throwTypeError(quoted(typeName(Obj)) + " object does not support item deletion");
  }
  auto &List = *Obj.asList();
  SliceIndices Slice = resolveSlice(List.size(), Start, Stop, Step);
  std::vector<bool> Remove(List.size(), false);
  for (size_t K = 0; K < Slice.Length; ++K)
    Remove[Slice.at(K)] = true;
  std::vector<Value> Kept;
  Kept.reserve(List.size() - Slice.Length);
  for (size_t I = 0; I < List.size(); ++I)
    if (!Remove[I])
      Kept.push_back(std::move(List[I]));
  List = std::move(Kept);
}

//===----------------------------------------------------------------------===//
// len and iteration
//===----------------------------------------------------------------------===//

size_t pyLen(const Value &V) {
  switch (V.kind()) {
  case Value::Kind::Str:
    return V.strObject().Length;
  case Value::Kind::List:
  case Value::Kind::Tuple:
    return V.sequenceItems().size();
  case Value::Kind::Dict:
    return V.asDict()->size();
  case Value::Kind::DictView:
    return V.asDictView().Target->size();
  case Value::Kind::Set:
    return V.asSet()->size();
  case Value::Kind::Range: {
    auto N = V.asRange().length().toInt64();
    if (!N)
      throwOverflowError("Python int too large to convert to C ssize_t");
    return size_t(*N);
  }
  default:
    break;
  }
  throwTypeError("object of type " + quoted(typeName(V)) + " has no len()");
}

std::vector<Value> iterate(const Value &V) {
  switch (V.kind()) {
  case Value::Kind::List:
  case Value::Kind::Tuple:
    return V.sequenceItems();
  case Value::Kind::Str: {
    std::vector<Value> Out;
    const std::string &Text = V.asStr();
    Out.reserve(V.strObject().Length);
    for (size_t Pos = 0; Pos < Text.size();) {
      size_t From = Pos;
      unicode::decodeNext(Text, Pos);
      Out.push_back(Value::str(Text.substr(From, Pos - From)));
    }
    return Out;
  }
  case Value::Kind::Dict:
    return V.asDict()->keys();
  case Value::Kind::DictView: {
    const DictView &View = V.asDictView();
    if (View.Which == DictViewKind::Keys)
      return View.Target->keys();
    if (View.Which == DictViewKind::Values)
      return View.Target->values();
    std::vector<Value> Out;
    Out.reserve(View.Target->size());
    View.Target->forEach(
        [&](const Dict::Entry &E) { Out.push_back(Value::tuple({E.Key, E.Val})); });
    return Out;
  }
  case Value::Kind::Range: {
    const RangeObject &R = V.asRange();
    auto N = R.length().toInt64();
    if (!N || uint64_t(*N) > MaxIterationItems)
      throw UnsupportedError("iterating a range of more than 2**32 items");
    std::vector<Value> Out;
    Out.reserve(size_t(*N));
    Int Item = R.Start;
    for (int64_t K = 0; K < *N; ++K, Item = Item + R.Step)
      Out.push_back(Value::integer(Item));
    return Out;
  }
  case Value::Kind::Set:
    return orderedSetItems(V);
  case Value::Kind::Iterator: {
    std::vector<Value> Out;
    while (std::optional<Value> Item = V.asIterator()->next()) {
      if (Out.size() >= MaxIterationItems)
        throw UnsupportedError("iterating more than 2**32 items");
      Out.push_back(std::move(*Item));
    }
    return Out;
  }
  default:
    break;
  }
  throwTypeError(quoted(typeName(V)) + " object is not iterable");
}

} // namespace pyctl
