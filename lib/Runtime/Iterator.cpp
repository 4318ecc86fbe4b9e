//===- Iterator.cpp - Python iterator objects -----------------------------===//

#include "pyctl/Runtime/Iterator.h"

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/Operators.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Set.h"
#include "pyctl/Runtime/Subscript.h"
#include "pyctl/Runtime/Unicode.h"

namespace pyctl {

IteratorObject::~IteratorObject() = default;

namespace {

std::string quoted(std::string_view S) { return "'" + std::string(S) + "'"; }

/// list_iterator / list_reverseiterator and tuple_iterator / `reversed`
/// over a tuple: an index into the (live) items; once exhausted it stays
/// exhausted even if the list grows again.
class SequenceIterator final : public IteratorObject {
public:
  SequenceIterator(Value Seq, bool Reverse)
      : Seq(std::move(Seq)), Reverse(Reverse),
        Pos(Reverse ? int64_t(this->Seq.sequenceItems().size()) - 1 : 0) {}
  std::optional<Value> next() override {
    const std::vector<Value> &Items = Seq.sequenceItems();
    if (!Done && Pos >= 0 && size_t(Pos) < Items.size()) {
      Value Item = Items[size_t(Pos)];
      Pos += Reverse ? -1 : 1;
      return Item;
    }
    Done = true;
    return std::nullopt;
  }
  std::string_view typeName() const override {
    if (Seq.isList())
      return Reverse ? "list_reverseiterator" : "list_iterator";
    return Reverse ? "reversed" : "tuple_iterator";
  }

private:
  Value Seq; ///< A list or a tuple.
  bool Reverse;
  int64_t Pos;
  bool Done = false;
};

/// str_ascii_iterator / str_iterator, and `reversed` over a str: one
/// code point at a time.
class StrIterator final : public IteratorObject {
public:
  StrIterator(Value S, bool Reverse)
      : S(std::move(S)), Reverse(Reverse),
        Pos(Reverse ? int64_t(this->S.strObject().Length) - 1 : 0) {}
  std::optional<Value> next() override {
    if (Pos < 0 || size_t(Pos) >= S.strObject().Length)
      return std::nullopt;
    Value Item = strCodePointAt(S, size_t(Pos));
    Pos += Reverse ? -1 : 1;
    return Item;
  }
  std::string_view typeName() const override {
    if (Reverse)
      return "reversed";
    return S.strObject().ASCII ? "str_ascii_iterator" : "str_iterator";
  }

private:
  Value S;
  bool Reverse;
  int64_t Pos;
};

/// range_iterator / longrange_iterator: start, step and length fixed when
/// made (reversed(range) runs from the last item with the step negated).
class RangeIterator final : public IteratorObject {
public:
  RangeIterator(const RangeObject &R, bool Reverse) : Step(R.Step), Remaining(R.length()) {
    Next = Reverse ? R.Start + (Remaining - Int(1)) * R.Step : R.Start;
    if (Reverse)
      Step = -Step;
    Long = !(R.Start.toInt64() && R.Stop.toInt64() && R.Step.toInt64() && Remaining.toInt64());
  }
  std::optional<Value> next() override {
    if (Remaining.sign() <= 0)
      return std::nullopt;
    Value Item = Value::integer(Next);
    Next = Next + Step;
    Remaining = Remaining - Int(1);
    return Item;
  }
  std::string_view typeName() const override { return Long ? "longrange_iterator" : "range_iterator"; }

private:
  Int Next, Step, Remaining;
  bool Long;
};

/// dict_keyiterator / dict_valueiterator / dict_itemiterator and their
/// reverse forms. As CPython: every step first checks that the dict still
/// has the size it had when the iterator was made (RuntimeError otherwise,
/// again on every later step); values are read when reached, so values
/// assigned during the loop are seen. A change that keeps the size (a key
/// removed and another added) throws UnsupportedError: CPython's answer then
/// depends on its hash table layout.
class DictIterator final : public IteratorObject {
public:
  DictIterator(DictPtr D, DictViewKind Which, bool Reverse)
      : D(std::move(D)), Which(Which), Reverse(Reverse), Size(int64_t(this->D->size())),
        Layout(this->D->layoutVersion()),
        Pos(Reverse ? int64_t(this->D->slotCount()) - 1 : 0) {}
  std::optional<Value> next() override {
    if (!D)
      return std::nullopt;
    if (Size != int64_t(D->size())) {
      Size = -1;
      throw PythonError("RuntimeError", "dictionary changed size during iteration");
    }
    if (Layout != D->layoutVersion())
      throw UnsupportedError("a dict changed its keys but not its size while iterated");
    for (; Pos >= 0 && size_t(Pos) < D->slotCount(); Pos += Reverse ? -1 : 1) {
      const Dict::Entry *E = D->slot(size_t(Pos));
      if (!E)
        continue;
      Pos += Reverse ? -1 : 1;
      switch (Which) {
      case DictViewKind::Keys:
        return E->Key;
      case DictViewKind::Values:
        return E->Val;
      case DictViewKind::Items:
        return Value::tuple({E->Key, E->Val});
      }
    }
    D.reset();
    return std::nullopt;
  }
  std::string_view typeName() const override {
    static constexpr std::string_view Forward[] = {"dict_keyiterator", "dict_valueiterator",
                                                   "dict_itemiterator"};
    static constexpr std::string_view Backward[] = {
        "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"};
    return (Reverse ? Backward : Forward)[size_t(Which)];
  }

private:
  DictPtr D;
  DictViewKind Which;
  bool Reverse;
  int64_t Size;
  uint64_t Layout;
  int64_t Pos;
};

/// enumerate: (count, item) with count from start, advanced after each item.
class EnumerateIterator final : public IteratorObject {
public:
  EnumerateIterator(Value Source, Int Start) : Source(std::move(Source)), Count(std::move(Start)) {}
  std::optional<Value> next() override {
    std::optional<Value> Item = Source.asIterator()->next();
    if (!Item)
      return std::nullopt;
    Value Result = Value::tuple({Value::integer(Count), std::move(*Item)});
    Count = Count + Int(1);
    return Result;
  }
  std::string_view typeName() const override { return "enumerate"; }

private:
  Value Source;
  Int Count;
};

/// One item of each source iterator, in order (zip's and map's step); nullopt
/// at the first exhausted source, the items taken before it being dropped, as
/// CPython's zip and map do.
std::optional<std::vector<Value>> nextOfEach(const std::vector<Value> &Sources) {
  std::vector<Value> Items;
  Items.reserve(Sources.size());
  for (const Value &S : Sources) {
    std::optional<Value> Item = S.asIterator()->next();
    if (!Item)
      return std::nullopt;
    Items.push_back(std::move(*Item));
  }
  return Items;
}

/// zip: one item of each source per step; not marked exhausted, so a later
/// step asks the sources again, as CPython's zip does. With strict=True
/// (CPython's zip_next, label `check`): when source I > 0 ends first,
/// ValueError "zip() argument I+1 is shorter than argument 1" ("arguments
/// 1-I" for I > 1); when source 0 ends, the others are pulled once each, in
/// order, and the first that still gives an item (dropped) raises "zip()
/// argument J+1 is longer than argument(s) ...".
class ZipIterator final : public IteratorObject {
public:
  ZipIterator(std::vector<Value> Sources, bool Strict)
      : Sources(std::move(Sources)), Strict(Strict) {}
  std::optional<Value> next() override {
    if (Sources.empty())
      return std::nullopt;
    std::vector<Value> Items;
    Items.reserve(Sources.size());
    for (size_t I = 0; I < Sources.size(); ++I) {
      std::optional<Value> Item = Sources[I].asIterator()->next();
      if (!Item)
        return Strict ? strictEnd(I) : std::nullopt;
      Items.push_back(std::move(*Item));
    }
    return Value::tuple(std::move(Items));
  }
  std::string_view typeName() const override { return "zip"; }

private:
  static std::string arguments(size_t I) {
    return I == 1 ? "argument 1" : "arguments 1-" + std::to_string(I);
  }
  std::optional<Value> strictEnd(size_t Ended) {
    if (Ended != 0)
      throwValueError("zip() argument " + std::to_string(Ended + 1) + " is shorter than " +
                      arguments(Ended));
    for (size_t I = 1; I < Sources.size(); ++I)
      if (Sources[I].asIterator()->next())
        throwValueError("zip() argument " + std::to_string(I + 1) + " is longer than " +
                        arguments(I));
    return std::nullopt;
  }

  std::vector<Value> Sources;
  bool Strict;
};

/// Marks an iterator as advancing for the duration of one step; a step that
/// re-enters the same iterator (a map over a list holding that map, with
/// `next` as the function) is refused instead of recursing without bound.
class AdvanceGuard {
public:
  explicit AdvanceGuard(bool &Running, std::string_view What) : Running(Running) {
    if (Running)
      throw UnsupportedError("a " + std::string(What) + " iterator advanced while it advances");
    Running = true;
  }
  ~AdvanceGuard() { Running = false; }
  AdvanceGuard(const AdvanceGuard &) = delete;
  AdvanceGuard &operator=(const AdvanceGuard &) = delete;

private:
  bool &Running;
};

/// map: one item of each source per step, then the function called on them;
/// never marked exhausted, as CPython's map.
class MapIterator final : public IteratorObject {
public:
  MapIterator(Value Func, std::vector<Value> Sources, IteratorCallFn Call)
      : Func(std::move(Func)), Sources(std::move(Sources)), Call(std::move(Call)) {}
  std::optional<Value> next() override {
    AdvanceGuard G(Running, "map");
    std::optional<std::vector<Value>> Items = nextOfEach(Sources);
    if (!Items)
      return std::nullopt;
    try {
      return Call(Func, std::move(*Items));
    } catch (const PythonError &E) {
      // CPython's map.__next__ lets the function's StopIteration out, which
      // its consumer takes for the end (`list(map(next, [iter([])]))` is []).
      if (E.type() == "StopIteration")
        return std::nullopt;
      throw;
    }
  }
  std::string_view typeName() const override { return "map"; }

private:
  Value Func;
  std::vector<Value> Sources;
  IteratorCallFn Call;
  bool Running = false;
};

/// filter: the source's items for which the predicate (or, for None and
/// `bool`, the item itself) is true.
class FilterIterator final : public IteratorObject {
public:
  FilterIterator(Value Func, Value Source, IteratorCallFn Call)
      : Func(std::move(Func)), Source(std::move(Source)), Call(std::move(Call)),
        CheckTrue(this->Func.isNone() ||
                  (this->Func.isBuiltin() && this->Func.builtinName() == "bool")) {}
  std::optional<Value> next() override {
    AdvanceGuard G(Running, "filter");
    while (std::optional<Value> Item = Source.asIterator()->next()) {
      bool Keep;
      try {
        Keep = CheckTrue ? truthy(*Item) : truthy(Call(Func, {*Item}));
      } catch (const PythonError &E) {
        // As for map: the predicate's StopIteration ends the consumer's loop.
        if (E.type() == "StopIteration")
          return std::nullopt;
        throw;
      }
      if (Keep)
        return Item;
    }
    return std::nullopt;
  }
  std::string_view typeName() const override { return "filter"; }

private:
  Value Func;
  Value Source;
  IteratorCallFn Call;
  bool CheckTrue;
  bool Running = false;
};

/// CPython's set iterator (setiter_iternext): a position in the set's
/// table, scanned for the next active slot of the table as it is now. A size
/// change raises RuntimeError (for good); a set whose order is not
/// reproducible throws UnsupportedError when it has two or more items.
class SetIterator final : public IteratorObject {
public:
  explicit SetIterator(const Value &S) : Target(S), Used(S.asSet()->size()) {
    checkSetOrderKnown(S);
  }
  std::optional<Value> next() override {
    if (Done)
      return std::nullopt;
    const SetObject &S = *Target.asSet();
    if (Used != S.size()) {
      Used = size_t(-1);
      throw PythonError("RuntimeError", "Set changed size during iteration");
    }
    checkSetOrderKnown(Target);
    while (Pos <= S.Mask && S.Table[Pos].State != SetObject::SlotState::Active)
      ++Pos;
    if (Pos > S.Mask) {
      Done = true;
      return std::nullopt;
    }
    return S.Table[Pos++].Key;
  }
  std::string_view typeName() const override { return "set_iterator"; }

private:
  Value Target;
  size_t Used;
  size_t Pos = 0;
  bool Done = false;
};

template <typename T, typename... ArgTs> Value make(ArgTs &&...Args) {
  return Value::iterator(std::make_shared<T>(std::forward<ArgTs>(Args)...));
}

} // namespace

/// A forward or reverse iterator over a list, tuple, str, range, dict or dict
/// view; nullopt for other values.
static std::optional<Value> sequenceIterator(const Value &V, bool Reverse) {
  switch (V.kind()) {
  case Value::Kind::List:
  case Value::Kind::Tuple:
    return make<SequenceIterator>(V, Reverse);
  case Value::Kind::Str:
    return make<StrIterator>(V, Reverse);
  case Value::Kind::Range:
    return make<RangeIterator>(V.asRange(), Reverse);
  case Value::Kind::Dict:
    return make<DictIterator>(V.asDict(), DictViewKind::Keys, Reverse);
  case Value::Kind::DictView:
    return make<DictIterator>(V.asDictView().Target, V.asDictView().Which, Reverse);
  default:
    return std::nullopt;
  }
}

Value makeIterator(const Value &V) {
  if (std::optional<Value> It = sequenceIterator(V, false))
    return std::move(*It);
  if (V.isSet())
    return make<SetIterator>(V);
  if (V.isIterator())
    return V;
  throwTypeError(quoted(typeName(V)) + " object is not iterable");
}

std::optional<Value> iteratorNextOrEnd(const Value &It) {
  if (!It.isIterator())
    throwTypeError(quoted(typeName(It)) + " object is not an iterator");
  return It.asIterator()->next();
}

Value iteratorNext(const Value &It) {
  if (std::optional<Value> Item = iteratorNextOrEnd(It))
    return std::move(*Item);
  throw PythonError("StopIteration", "");
}

Value makeReversed(const Value &V) {
  if (std::optional<Value> It = sequenceIterator(V, true))
    return std::move(*It);
  throwTypeError(quoted(typeName(V)) + " object is not reversible");
}

Value makeEnumerate(const Value &Iterable, Int Start) {
  return make<EnumerateIterator>(makeIterator(Iterable), std::move(Start));
}

Value makeZip(const std::vector<Value> &Iterables, bool Strict) {
  std::vector<Value> Sources;
  Sources.reserve(Iterables.size());
  for (const Value &V : Iterables)
    Sources.push_back(makeIterator(V));
  return make<ZipIterator>(std::move(Sources), Strict);
}

Value makeMap(Value Func, const std::vector<Value> &Iterables, IteratorCallFn Call) {
  std::vector<Value> Sources;
  Sources.reserve(Iterables.size());
  for (const Value &V : Iterables)
    Sources.push_back(makeIterator(V));
  return make<MapIterator>(std::move(Func), std::move(Sources), std::move(Call));
}

Value makeFilter(Value Func, const Value &Iterable, IteratorCallFn Call) {
  return make<FilterIterator>(std::move(Func), makeIterator(Iterable), std::move(Call));
}

void forEachItem(const Value &V, const std::function<bool(const Value &)> &F) {
  if (V.isIterator()) {
    while (std::optional<Value> Item = V.asIterator()->next())
      if (!F(*Item))
        return;
    return;
  }
  for (const Value &Item : iterate(V))
    if (!F(Item))
      return;
}

} // namespace pyctl
