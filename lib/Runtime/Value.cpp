//===- Value.cpp - A Python value -----------------------------------------===//

#include "pyctl/Runtime/Value.h"

#include "pyctl/Runtime/ExceptionClasses.h"
#include "pyctl/Runtime/MethodDescriptor.h"
#include "pyctl/Runtime/BoundMethod.h"

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Unicode.h"

#include "llvm/ADT/StringRef.h"

#include <algorithm>

namespace pyctl {

Int RangeObject::length() const {
  if (Step.sign() > 0 && Start < Stop)
    return Int::floorDiv(Stop - Start - Int(1), Step) + Int(1);
  if (Step.sign() < 0 && Stop < Start)
    return Int::floorDiv(Start - Stop - Int(1), -Step) + Int(1);
  return Int(0);
}

Int RangeObject::at(const Int &I) const { return Start + I * Step; }

Value Value::boolean(bool B) {
  Value R;
  R.V = B;
  return R;
}

Value Value::integer(Int I) {
  Value R;
  R.V = std::move(I);
  return R;
}

Value Value::floating(double D) {
  Value R;
  R.V = D;
  return R;
}

size_t StrObject::byteOffsetOf(size_t Index) const {
  if (ASCII)
    return Index;
  // Non-ASCII text is never empty, so there is at least one checkpoint.
  size_t Block = std::min(Index / CheckpointStride, Checkpoints.size() - 1);
  size_t Pos = Checkpoints[Block];
  for (size_t I = Block * CheckpointStride; I < Index && Pos < Text.size(); ++I)
    unicode::decodeNext(Text, Pos);
  return Pos;
}

/// Counts the code points of Text[From..] onto Length, adding a checkpoint
/// for every CheckpointStride-th one (Text not ASCII).
static void indexCodePoints(StrObject &S, size_t From) {
  for (size_t Pos = From; Pos < S.Text.size(); ++S.Length) {
    if (S.Length % StrObject::CheckpointStride == 0)
      S.Checkpoints.push_back(Pos);
    unicode::decodeNext(S.Text, Pos);
  }
}

void StrObject::append(std::string_view Tail) {
  bool TailASCII = unicode::isASCII(Tail);
  size_t From = Text.size();
  Text.append(Tail);
  if (ASCII && TailASCII) {
    Length += Tail.size();
    return;
  }
  if (ASCII) {
    // No longer ASCII: checkpoints for the ASCII prefix, where code point K is byte K.
    for (size_t K = 0; K < Length; K += CheckpointStride)
      Checkpoints.push_back(K);
    ASCII = false;
  }
  indexCodePoints(*this, From);
}

Value Value::str(std::string UTF8) {
  auto S = std::make_shared<StrObject>();
  S->ASCII = unicode::isASCII(UTF8);
  S->Text = std::move(UTF8);
  if (S->ASCII)
    S->Length = S->Text.size();
  else
    indexCodePoints(*S, 0);
  Value R;
  R.V = StrPtr(std::move(S));
  return R;
}

bool Value::appendToUnsharedStr(const Value &Tail) {
  StrPtr &S = std::get<StrPtr>(V);
  if (S.use_count() != 1 || S == std::get<StrPtr>(Tail.V))
    return false;
  S->append(Tail.asStr());
  return true;
}

Value Value::list(std::vector<Value> Items) {
  return list(std::make_shared<std::vector<Value>>(std::move(Items)));
}

Value Value::list(ListPtr L) {
  Value R;
  R.V = std::move(L);
  return R;
}

Value Value::tuple(std::vector<Value> Items) {
  Value R;
  R.V = TuplePtr(std::make_shared<const std::vector<Value>>(std::move(Items)));
  return R;
}

Value Value::dict() { return dict(std::make_shared<Dict>()); }

Value Value::dict(DictPtr D) {
  Value R;
  R.V = std::move(D);
  return R;
}

Value Value::dictView(DictPtr D, DictViewKind Which) {
  Value R;
  R.V = DictView{std::move(D), Which, std::make_shared<const char>('v')};
  return R;
}

Value Value::exception(std::shared_ptr<const ExceptionObject> E) {
  Value R;
  R.V = std::move(E);
  return R;
}

Value Value::match(MatchPtr M) {
  Value R;
  R.V = std::move(M);
  return R;
}

Value Value::pattern(PatternPtr P) {
  Value R;
  R.V = std::move(P);
  return R;
}

Value Value::boundMethod(BoundMethodPtr M) {
  Value R;
  R.V = std::move(M);
  return R;
}

Value Value::range(Int Start, Int Stop, Int Step) {
  if (Step.isZero())
    throwValueError("range() arg 3 must not be zero");
  Value R;
  R.V = RangePtr(std::make_shared<const RangeObject>(
      RangeObject{std::move(Start), std::move(Stop), std::move(Step)}));
  return R;
}

Value Value::function(std::shared_ptr<FunctionObject> F, std::string QualName) {
  Value R;
  R.V = FunctionValue{std::move(F), std::make_shared<const std::string>(std::move(QualName))};
  return R;
}

Value Value::builtin(std::string Name) {
  Value R;
  R.V = BuiltinPtr(std::make_shared<const std::string>(std::move(Name)));
  return R;
}

Value Value::set(SetPtr S) {
  Value R;
  R.V = std::move(S);
  return R;
}

Value Value::iterator(IteratorPtr It) {
  Value R;
  R.V = std::move(It);
  return R;
}

const void *Value::objectIdentity() const {
  switch (kind()) {
  case Kind::None:
  case Kind::Bool:
  case Kind::Int:
  case Kind::Float:
    return nullptr;
  case Kind::DictView:
    return std::get<DictView>(V).Identity.get();
  case Kind::Str:
    return std::get<StrPtr>(V).get();
  case Kind::List:
    return asList().get();
  case Kind::Tuple:
    return std::get<TuplePtr>(V).get();
  case Kind::Dict:
    return asDict().get();
  case Kind::Range:
    return std::get<RangePtr>(V).get();
  case Kind::Function:
    return asFunction().get();
  case Kind::Builtin:
    return std::get<BuiltinPtr>(V).get();
  case Kind::Iterator:
    return asIterator().get();
  case Kind::Set:
    return asSet().get();
  case Kind::Exception:
    return asException().get();
  case Kind::Match:
    return asMatch().get();
  case Kind::Pattern:
    return asPattern().get();
  case Kind::BoundMethod:
    return asBoundMethod().get();
  }
  return nullptr;
}

long Value::objectUseCount() const {
  switch (kind()) {
  case Kind::List:
    return asList().use_count();
  case Kind::Tuple:
    return std::get<TuplePtr>(V).use_count();
  case Kind::Dict:
    return asDict().use_count();
  case Kind::DictView:
    return asDictView().Target.use_count();
  case Kind::Function:
    return asFunction().use_count();
  case Kind::Iterator:
    return asIterator().use_count();
  case Kind::Set:
    return asSet().use_count();
  case Kind::Exception:
    return asException().use_count();
  default:
    return 0;
  }
}

namespace {
/// While a Value on this thread frees the last reference to a container, the
/// queue where values released meanwhile wait (nullptr otherwise).
thread_local std::vector<Value> *DeferredReleases = nullptr;
} // namespace

// CPython frees a list nested 10^6 levels deep without recursion: its
// deallocators run inside Py_TRASHCAN_BEGIN/END, which, past a nesting depth,
// park the object on a list that the outermost deallocation drains. Freeing a
// shared_ptr<vector<Value>> would otherwise recurse once per level (vector
// destructor -> ~Value -> shared_ptr destructor -> ...) and overflow the
// stack. Here the outermost release of a last reference frees its object, and
// every other last reference released while that runs (a child item) is moved
// onto a queue instead of being freed in place; the outer loop frees the queue
// one object at a time, so the stack depth stays bounded by one object's
// destructor, whatever the nesting.
void Value::releaseObject() {
  // A shared reference is only a decrement: nothing is freed.
  if (objectUseCount() != 1)
    return;
  if (DeferredReleases) {
    // Inside a release: queue this object (the moved-from V is empty).
    DeferredReleases->push_back(std::move(*this));
    return;
  }
  std::vector<Value> Queue;
  DeferredReleases = &Queue;
  {
    // Frees the object; its items' last references land on the queue.
    auto Object = std::move(V);
  }
  while (!Queue.empty()) {
    // Free the queued object through its variant (not through ~Value, which
    // would queue it again); it may queue further objects.
    auto Object = std::move(Queue.back().V);
    Queue.pop_back();
  }
  DeferredReleases = nullptr;
}

bool isBuiltinTypeName(std::string_view Name) {
  return Name == "int" || Name == "float" || Name == "str" || Name == "bool" ||
         Name == "list" || Name == "tuple" || Name == "dict" || Name == "range" ||
         Name == "set" || Name == "enumerate" || Name == "zip" || Name == "reversed" ||
         Name == "map" || Name == "filter";
}

bool isBuiltinClassName(std::string_view Name) {
  return isBuiltinTypeName(Name) || Name == "type" || Name == "NoneType" || isKnownExceptionClass(Name);
}

std::string_view typeName(const Value &V) {
  switch (V.kind()) {
  case Value::Kind::None:
    return "NoneType";
  case Value::Kind::Bool:
    return "bool";
  case Value::Kind::Int:
    return "int";
  case Value::Kind::Float:
    return "float";
  case Value::Kind::Str:
    return "str";
  case Value::Kind::List:
    return "list";
  case Value::Kind::Tuple:
    return "tuple";
  case Value::Kind::Dict:
    return "dict";
  case Value::Kind::DictView:
    switch (V.asDictView().Which) {
    case DictViewKind::Keys:
      return "dict_keys";
    case DictViewKind::Values:
      return "dict_values";
    case DictViewKind::Items:
      return "dict_items";
    }
    return "dict_keys";
  case Value::Kind::Range:
    return "range";
  case Value::Kind::Function:
    return "function";
  case Value::Kind::Builtin:
    if (isBuiltinClassName(V.builtinName()))
      return "type";
    // json's and re's functions are written in Python in CPython; math's are C functions.
    if (isMethodDescriptor(V.builtinName()))
      return "method_descriptor";
    if (llvm::StringRef(V.builtinName()).startswith("json.") ||
        llvm::StringRef(V.builtinName()).startswith("re."))
      return "function";
    return "builtin_function_or_method";
  case Value::Kind::Iterator:
    return V.asIterator()->typeName();
  case Value::Kind::Set:
    return "set";
  case Value::Kind::Exception:
    return V.asException()->Type;
  case Value::Kind::Match:
    return "re.Match";
  case Value::Kind::Pattern:
    return "re.Pattern";
  case Value::Kind::BoundMethod: {
    // re.Pattern's methods that take the defining class are CPython's builtin_method.
    const std::string &Name = V.asBoundMethod()->Name;
    if (V.asBoundMethod()->Self.isPattern() && Name != "findall" && Name != "split")
      return "builtin_method";
    return "builtin_function_or_method";
  }
  }
  return "object";
}

} // namespace pyctl
