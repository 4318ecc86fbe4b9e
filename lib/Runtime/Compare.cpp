//===- Compare.cpp - Python comparisons, `in` and `is` --------------------===//

#include "pyctl/Runtime/Compare.h"

#include "pyctl/Runtime/BoundMethod.h"

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/PatternObject.h"
#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/Set.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/RecursionDepth.h"

#include <optional>
#include <cmath>
#include <cstring>

namespace pyctl {

std::string_view spelling(CompareOp Op) {
  switch (Op) {
  case CompareOp::Eq:
    return "==";
  case CompareOp::Ne:
    return "!=";
  case CompareOp::Lt:
    return "<";
  case CompareOp::Le:
    return "<=";
  case CompareOp::Gt:
    return ">";
  case CompareOp::Ge:
    return ">=";
  case CompareOp::In:
    return "in";
  case CompareOp::NotIn:
    return "not in";
  case CompareOp::Is:
    return "is";
  case CompareOp::IsNot:
    return "is not";
  }
  return "?";
}

std::optional<CompareOp> compareOpFromSpelling(std::string_view S) {
  static constexpr std::pair<std::string_view, CompareOp> Table[] = {
      {"==", CompareOp::Eq},        {"!=", CompareOp::Ne},        {"<", CompareOp::Lt},
      {"<=", CompareOp::Le},        {">", CompareOp::Gt},         {">=", CompareOp::Ge},
      {"in", CompareOp::In},        {"not in", CompareOp::NotIn}, {"notin", CompareOp::NotIn},
      {"is", CompareOp::Is},        {"is not", CompareOp::IsNot}, {"isnot", CompareOp::IsNot}};
  for (const auto &[Name, Op] : Table)
    if (Name == S)
      return Op;
  return std::nullopt;
}

/// Three-way comparison of two numbers (int, bool or float), exact across
/// int and float; nullopt when a NaN is involved (every ordering is false).
static std::optional<int> compareNumbers(const Value &A, const Value &B) {
  if (A.isIntegral() && B.isIntegral())
    return Int::compare(A.toInt(), B.toInt());
  if (A.isFloat() && B.isFloat()) {
    double X = A.asFloat(), Y = B.asFloat();
    if (std::isnan(X) || std::isnan(Y))
      return std::nullopt;
    return (X > Y) - (X < Y);
  }
  bool Flip = A.isFloat(); // normalise to (int, float)
  const Value &I = Flip ? B : A;
  double D = Flip ? A.asFloat() : B.asFloat();
  if (std::isnan(D))
    return std::nullopt;
  int C = std::isinf(D) ? (D > 0 ? -1 : 1) : I.toInt().compareWithDouble(D);
  return Flip ? -C : C;
}

static bool orderHolds(CompareOp Op, int C) {
  switch (Op) {
  case CompareOp::Eq:
    return C == 0;
  case CompareOp::Ne:
    return C != 0;
  case CompareOp::Lt:
    return C < 0;
  case CompareOp::Le:
    return C <= 0;
  case CompareOp::Gt:
    return C > 0;
  case CompareOp::Ge:
    return C >= 0;
  default:
    break;
  }
  return false;
}

static bool rangesEqual(const RangeObject &X, const RangeObject &Y) {
  Int Len = X.length();
  if (!(Len == Y.length()))
    return false;
  if (Len.isZero())
    return true;
  if (!(X.Start == Y.Start))
    return false;
  return Len == Int(1) || X.Step == Y.Step;
}

/// A dict_keys or dict_items view: the views CPython makes set-like
/// (dict_values is not).
static bool isSetLikeView(const Value &V) {
  return V.isDictView() && V.asDictView().Which != DictViewKind::Values;
}

/// The operands CPython's dictview_richcompare compares instead of returning
/// NotImplemented: a set or a set-like view (frozenset is not supported).
static bool isSetLikeOperand(const Value &V) { return V.isSet() || isSetLikeView(V); }

static size_t setLikeSize(const Value &V) {
  return V.isSet() ? V.asSet()->size() : V.asDictView().Target->size();
}

/// CPython's all_contained_in: every item of \p A is `in` \p B. A set's
/// items may come in any order: `in` on a view or set never raises for the
/// hashable items a set holds, so the order cannot change the result.
static bool allContainedIn(const Value &A, const Value &B) {
  if (A.isSet()) {
    for (const Value &Item : setItemsAnyOrder(A))
      if (!pyContains(B, Item))
        return false;
    return true;
  }
  const DictView &X = A.asDictView();
  bool Contained = true;
  X.Target->forEach([&](const Dict::Entry &E) {
    if (!Contained)
      return;
    Value Item = X.Which == DictViewKind::Keys ? E.Key : Value::tuple({E.Key, E.Val});
    Contained = pyContains(B, Item);
  });
  return Contained;
}

/// CPython's dictview_richcompare with \p View a dict_keys/dict_items view and
/// \p Other a set or set-like view: a size check, then containment.
static bool viewRichCompare(CompareOp Op, const Value &View, const Value &Other) {
  size_t Self = setLikeSize(View), That = setLikeSize(Other);
  switch (Op) {
  case CompareOp::Eq:
    return Self == That && allContainedIn(View, Other);
  case CompareOp::Ne:
    return !(Self == That && allContainedIn(View, Other));
  case CompareOp::Lt:
    return Self < That && allContainedIn(View, Other);
  case CompareOp::Le:
    return Self <= That && allContainedIn(View, Other);
  case CompareOp::Gt:
    return Self > That && allContainedIn(Other, View);
  case CompareOp::Ge:
    return Self >= That && allContainedIn(Other, View);
  default:
    return false;
  }
}

static CompareOp reflected(CompareOp Op) {
  switch (Op) {
  case CompareOp::Lt:
    return CompareOp::Gt;
  case CompareOp::Le:
    return CompareOp::Ge;
  case CompareOp::Gt:
    return CompareOp::Lt;
  case CompareOp::Ge:
    return CompareOp::Le;
  default:
    return Op;
  }
}

/// A comparison CPython hands to dictview_richcompare: a set-like view on
/// either side and a set or set-like view on the other (a set's own
/// comparison returns NotImplemented for a view, so the view's reflected one
/// runs). Empty when the operands are not such a pair.
static std::optional<bool> setLikeViewCompare(CompareOp Op, const Value &A, const Value &B) {
  if (isSetLikeView(A) && isSetLikeOperand(B))
    return viewRichCompare(Op, A, B);
  if (isSetLikeView(B) && A.isSet())
    return viewRichCompare(reflected(Op), B, A);
  return std::nullopt;
}

bool pyEquals(const Value &A, const Value &B) {
  if (A.isNumber() && B.isNumber()) {
    auto C = compareNumbers(A, B);
    return C && *C == 0;
  }
  if (auto ViewResult = setLikeViewCompare(CompareOp::Eq, A, B))
    return *ViewResult;
  if (A.kind() != B.kind())
    return false;
  // CPython's PyObject_RichCompare enters one recursion level per nested
  // container compared.
  std::optional<RecursionScope> Level;
  if (A.isList() || A.isTuple() || A.isDict() || A.isSet())
    Level.emplace("comparison");
  switch (A.kind()) {
  case Value::Kind::None:
    return true;
  case Value::Kind::Str:
    return A.asStr() == B.asStr();
  case Value::Kind::List:
  case Value::Kind::Tuple: {
    if (A.objectIdentity() == B.objectIdentity())
      return true;
    const auto &X = A.sequenceItems(), &Y = B.sequenceItems();
    if (X.size() != Y.size())
      return false;
    for (size_t I = 0; I < X.size(); ++I)
      if (!containerItemEquals(X[I], Y[I]))
        return false;
    return true;
  }
  case Value::Kind::Dict: {
    if (A.objectIdentity() == B.objectIdentity())
      return true;
    const Dict &X = *A.asDict(), &Y = *B.asDict();
    if (X.size() != Y.size())
      return false;
    bool Equal = true;
    X.forEach([&](const Dict::Entry &E) {
      if (!Equal)
        return;
      const Value *Other = Y.find(E.Key);
      Equal = Other && containerItemEquals(E.Val, *Other);
    });
    return Equal;
  }
  case Value::Kind::DictView: {
    const DictView &X = A.asDictView(), &Y = B.asDictView();
    if (X.Which == DictViewKind::Values || Y.Which == DictViewKind::Values) {
      // dict_values has no comparison of its own: object identity.
      return A.objectIdentity() == B.objectIdentity();
    }
    return false; // set-like views were compared above
  }
  case Value::Kind::Range:
    return A.objectIdentity() == B.objectIdentity() || rangesEqual(A.asRange(), B.asRange());
  case Value::Kind::Function:
    return A.asFunction() == B.asFunction();
  case Value::Kind::Builtin:
    return A.builtinName() == B.builtinName();
  case Value::Kind::Iterator:
    return A.objectIdentity() == B.objectIdentity();
  case Value::Kind::Set:
    return setEquals(A, B);
  case Value::Kind::Exception:
    return A.asException() == B.asException();
  case Value::Kind::Match: // re.Match has no __eq__: identity
    return A.asMatch() == B.asMatch();
  case Value::Kind::Pattern: // str patterns: equal when their text and flags are
    return samePattern(*A.asPattern(), *B.asPattern());
  case Value::Kind::BoundMethod: {
    // CPython's meth_richcompare: the same receiver (`__self__ is`) and the
    // same method. Methods of different names are different C functions, so
    // they differ whatever the receivers; otherwise the receivers' identity
    // is pyIs's, which refuses where pyctl does not model it (equal ints
    // outside -5..256, equal floats, equal strs or tuples built separately).
    const BoundMethodObject &X = *A.asBoundMethod(), &Y = *B.asBoundMethod();
    return X.Name == Y.Name && pyIs(X.Self, Y.Self);
  }
  case Value::Kind::Bool:
  case Value::Kind::Int:
  case Value::Kind::Float:
    break; // handled as numbers
  }
  return false;
}

bool containerItemEquals(const Value &A, const Value &B) {
  const void *Id = A.objectIdentity();
  if (Id && Id == B.objectIdentity())
    return true;
  if (A.isFloat() && B.isFloat() && std::isnan(A.asFloat()) && std::isnan(B.asFloat())) {
    double X = A.asFloat(), Y = B.asFloat();
    if (std::memcmp(&X, &Y, sizeof(double)) != 0)
      return false; // different bit patterns: certainly different objects
    throw UnsupportedError("comparing NaN container items depends on float object identity");
  }
  return pyEquals(A, B);
}

[[noreturn]] static void throwNotSupported(CompareOp Op, const Value &A, const Value &B) {
  throwTypeError("'" + std::string(spelling(Op)) + "' not supported between instances of '" +
                 std::string(typeName(A)) + "' and '" + std::string(typeName(B)) + "'");
}

/// An ordering comparison (< <= > >=).
static bool orderCompare(CompareOp Op, const Value &A, const Value &B) {
  if (A.isNumber() && B.isNumber()) {
    auto C = compareNumbers(A, B);
    return C && orderHolds(Op, *C);
  }
  if (A.isStr() && B.isStr()) {
    int C = A.asStr().compare(B.asStr()); // UTF-8 byte order == code point order
    return orderHolds(Op, (C > 0) - (C < 0));
  }
  if ((A.isList() && B.isList()) || (A.isTuple() && B.isTuple())) {
    RecursionScope Level("comparison");
    const auto &X = A.sequenceItems(), &Y = B.sequenceItems();
    size_t I = 0;
    if (&X == &Y)
      I = X.size(); // same object: every item is identical
    for (; I < X.size() && I < Y.size(); ++I)
      if (!containerItemEquals(X[I], Y[I]))
        break;
    if (I >= X.size() || I >= Y.size())
      return orderHolds(Op, (X.size() > Y.size()) - (X.size() < Y.size()));
    return orderCompare(Op, X[I], Y[I]);
  }
  if (A.isSet() && B.isSet())
    return setOrderCompare(Op, A, B);
  if (auto ViewResult = setLikeViewCompare(Op, A, B))
    return *ViewResult;
  throwNotSupported(Op, A, B);
}

bool pyLess(const Value &A, const Value &B) { return orderCompare(CompareOp::Lt, A, B); }

static bool rangeContains(const RangeObject &R, const Value &Item) {
  Int V;
  if (Item.isIntegral()) {
    V = Item.toInt();
  } else if (Item.isFloat()) {
    double D = Item.asFloat();
    if (!std::isfinite(D) || D != std::trunc(D))
      return false;
    V = Int::fromDouble(D);
  } else {
    return false; // no int equals a non-number
  }
  if (R.Step.sign() > 0) {
    if (V < R.Start || !(V < R.Stop))
      return false;
  } else if (!(R.Stop < V) || R.Start < V) {
    return false;
  }
  return Int::floorMod(V - R.Start, R.Step).isZero();
}

bool pyContains(const Value &Container, const Value &Item) {
  switch (Container.kind()) {
  case Value::Kind::Str:
    if (!Item.isStr())
      throwTypeError("'in <string>' requires string as left operand, not " +
                     std::string(typeName(Item)));
    return Container.asStr().find(Item.asStr()) != std::string::npos;
  case Value::Kind::List:
  case Value::Kind::Tuple:
    for (const Value &V : Container.sequenceItems())
      if (containerItemEquals(V, Item))
        return true;
    return false;
  case Value::Kind::Dict:
    return Container.asDict()->contains(Item);
  case Value::Kind::DictView: {
    const DictView &View = Container.asDictView();
    switch (View.Which) {
    case DictViewKind::Keys:
      return View.Target->contains(Item);
    case DictViewKind::Values: {
      bool Found = false;
      View.Target->forEach([&](const Dict::Entry &E) {
        if (!Found && containerItemEquals(E.Val, Item))
          Found = true;
      });
      return Found;
    }
    case DictViewKind::Items: {
      if (!Item.isTuple() || Item.asTuple().size() != 2)
        return false;
      const Value *Found = View.Target->find(Item.asTuple()[0]);
      return Found && containerItemEquals(*Found, Item.asTuple()[1]);
    }
    }
    return false;
  }
  case Value::Kind::Range:
    return rangeContains(Container.asRange(), Item);
  case Value::Kind::Set:
    return setContains(Container, Item);
  case Value::Kind::Iterator: {
    // Consumes the iterator up to and including the first equal item.
    while (std::optional<Value> V = Container.asIterator()->next())
      if (containerItemEquals(*V, Item))
        return true;
    return false;
  }
  default:
    break;
  }
  throwTypeError("argument of type '" + std::string(typeName(Container)) +
                 "' is not iterable");
}

bool pyIs(const Value &A, const Value &B) {
  if (A.kind() != B.kind())
    return false;
  switch (A.kind()) {
  case Value::Kind::None:
    return true;
  case Value::Kind::Bool:
    return A.asBool() == B.asBool();
  case Value::Kind::Int: {
    if (!(A.asInt() == B.asInt()))
      return false;
    auto Small = A.asInt().toInt64();
    if (Small && *Small >= -5 && *Small <= 256)
      return true; // CPython's small int cache
    throw UnsupportedError("'is' on equal ints outside -5..256 depends on object identity");
  }
  case Value::Kind::Float: {
    double X = A.asFloat(), Y = B.asFloat();
    if (std::memcmp(&X, &Y, sizeof(double)) != 0)
      return false;
    throw UnsupportedError("'is' on equal floats depends on object identity");
  }
  case Value::Kind::Str:
    if (A.objectIdentity() == B.objectIdentity())
      return true;
    if (A.asStr() != B.asStr())
      return false;
    throw UnsupportedError("'is' on equal but separately built strs depends on interning");
  case Value::Kind::Tuple:
    if (A.objectIdentity() == B.objectIdentity())
      return true;
    if (A.asTuple().empty() && B.asTuple().empty())
      return true; // the empty tuple is a singleton
    if (!pyEquals(A, B))
      return false;
    throw UnsupportedError("'is' on equal but separately built tuples depends on constant folding");
  case Value::Kind::Builtin:
    return A.builtinName() == B.builtinName();
  case Value::Kind::List:
  case Value::Kind::Dict:
  case Value::Kind::DictView: // each d.keys() call makes a new view
  case Value::Kind::Range:
  case Value::Kind::Function:
  case Value::Kind::Iterator:
  case Value::Kind::Set:
  case Value::Kind::Exception:
  case Value::Kind::Match:
  case Value::Kind::BoundMethod: // each attribute read makes a new bound method
    return A.objectIdentity() == B.objectIdentity();
  case Value::Kind::Pattern:
    if (A.objectIdentity() == B.objectIdentity())
      return true;
    if (!samePattern(*A.asPattern(), *B.asPattern()))
      return false;
    throw UnsupportedError("'is' on two re.compile() results of one pattern depends on re's cache");
  }
  return false;
}

Value compare(CompareOp Op, const Value &A, const Value &B) {
  switch (Op) {
  case CompareOp::Eq:
    return Value::boolean(pyEquals(A, B));
  case CompareOp::Ne:
    return Value::boolean(!pyEquals(A, B));
  case CompareOp::Lt:
  case CompareOp::Le:
  case CompareOp::Gt:
  case CompareOp::Ge:
    return Value::boolean(orderCompare(Op, A, B));
  case CompareOp::In:
    return Value::boolean(pyContains(B, A));
  case CompareOp::NotIn:
    return Value::boolean(!pyContains(B, A));
  case CompareOp::Is:
    return Value::boolean(pyIs(A, B));
  case CompareOp::IsNot:
    return Value::boolean(!pyIs(A, B));
  }
  return Value::boolean(false);
}

bool totallyOrdered(const std::vector<Value> &Items) {
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

} // namespace pyctl
