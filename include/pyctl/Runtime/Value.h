//===- Value.h - A Python value ---------------------------------*- C++ -*-===//
//
// Value is one Python object of the types pyctl supports: None, bool, int,
// float, str, list, tuple, dict, dict views, range, set, iterators, user
// functions, builtin functions, exceptions, re.Match and re.Pattern objects. A Value is cheap to copy (at most a few words and a
// shared_ptr increment). Mutable objects (list, dict) are shared: copies of a
// Value refer to the same object, so aliasing behaves as in Python. Immutable
// objects (str, tuple, range) are shared too, which gives them a stable
// identity for `is`.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_VALUE_H
#define PYCTL_RUNTIME_VALUE_H

#include "pyctl/Runtime/Int.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pyctl {

class Value;
class Dict;
class IteratorObject;
struct SetObject;
struct MatchObject;
struct PatternObject;
struct BoundMethodObject;
/// A user-defined function (closure). Defined by the trace evaluator; the
/// runtime only holds and compares pointers to it.
struct FunctionObject;

/// A Python list: a shared, mutable vector.
using ListPtr = std::shared_ptr<std::vector<Value>>;
/// A Python tuple: a shared, immutable vector.
using TuplePtr = std::shared_ptr<const std::vector<Value>>;
/// A Python dict (see Dict.h).
using DictPtr = std::shared_ptr<Dict>;
/// A Python set (see Set.h): shared, mutable.
using SetPtr = std::shared_ptr<SetObject>;
/// A Python iterator (see Iterator.h): shared, advanced in place.
using IteratorPtr = std::shared_ptr<IteratorObject>;
/// An re.Match object (see MatchObject.h): immutable, shared.
using MatchPtr = std::shared_ptr<const MatchObject>;
/// An re.Pattern object (see PatternObject.h): immutable, shared.
using PatternPtr = std::shared_ptr<const PatternObject>;
/// A method bound to its receiver, `d.get` (see BoundMethod.h): immutable, shared.
using BoundMethodPtr = std::shared_ptr<const BoundMethodObject>;

/// The text of a Python str with its cached code point count.
struct StrObject {
  std::string Text;  ///< UTF-8 (see Unicode.h for lone surrogates).
  size_t Length = 0; ///< Number of code points.
  bool ASCII = true; ///< True when every code point is below 0x80.
  /// For non-ASCII text: the byte offset of every CheckpointStride-th code
  /// point, so that indexing does not rescan the whole string.
  std::vector<size_t> Checkpoints;
  /// Code points between two checkpoints.
  static constexpr size_t CheckpointStride = 32;

  /// Byte offset of code point \p Index (0 <= Index <= Length).
  size_t byteOffsetOf(size_t Index) const;
  /// Appends the UTF-8 text \p Tail, keeping Length, ASCII and Checkpoints
  /// exact; amortised O(Tail.size()). Only for a str object no Value shares
  /// (see Value::appendToUnsharedStr): strs are immutable in Python.
  void append(std::string_view Tail);
};

/// A Python range(start, stop, step); Step is never zero.
struct RangeObject {
  Int Start; ///< First item.
  Int Stop;  ///< Bound (excluded).
  Int Step;  ///< Distance between items, never 0.
  /// Number of items (CPython's range length), >= 0.
  Int length() const;
  /// Item number \p I, for 0 <= I < length().
  Int at(const Int &I) const;
};

/// Which view a dict_keys / dict_values / dict_items value is.
enum class DictViewKind : uint8_t { Keys, Values, Items };

/// A live view of a dict, as returned by dict.keys(), values(), items().
struct DictView {
  DictPtr Target;     ///< The dict seen (views are live).
  DictViewKind Which; ///< keys(), values() or items().
  /// The view object's identity: each `d.values()` call makes a new view,
  /// and dict_values compares by identity (`v == v`, not
  /// `d.values() == d.values()`), as `is` does for every view.
  std::shared_ptr<const char> Identity;
};

/// A user function value: the evaluator's object and its __qualname__
/// (used by repr: "<function NAME at 0x...>").
struct FunctionValue {
  std::shared_ptr<FunctionObject> Object;      ///< The evaluator's closure.
  std::shared_ptr<const std::string> QualName; ///< e.g. "outer.<locals>.inner".
};

/// An exception instance, as `except E as e` binds it. Message is str(e);
/// ArgsKnown says whether Args holds CPython's `e.args` (an exception raised
/// by `raise E(args)`, or by the runtime with its message as single
/// argument); it is false for a KeyError the runtime raised, whose argument
/// (the key) only survives as Message, its repr.
struct ExceptionObject {
  std::string Type;       ///< The class name, e.g. "ZeroDivisionError".
  std::vector<Value> Args; ///< e.args when ArgsKnown.
  bool ArgsKnown = true;
  std::string Message;    ///< str(e).
};

/// One Python value.
class Value {
public:
  /// The Python type of a value. The order matches the internal variant.
  enum class Kind : uint8_t {
    None,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    DictView,
    Range,
    Function,
    Builtin,
    Iterator,
    Set,
    Exception,
    Match,
    Pattern,
    BoundMethod
  };

  /// None.
  Value() = default;
  Value(const Value &) = default;
  Value(Value &&) = default;
  Value &operator=(const Value &) = default;
  Value &operator=(Value &&) = default;
  /// Releases the value's object. When this is the last reference to an
  /// object that holds other values (list, tuple, dict, set, dict view,
  /// iterator, function, exception), the object is freed without recursion:
  /// like CPython's "trashcan", values released while another object is being
  /// freed are queued and freed by a loop in the outermost release, so that
  /// dropping a list nested a million levels deep (`x = [x]` in a loop) does
  /// not overflow the C++ stack (see releaseObject in Value.cpp).
  ~Value() {
    if (holdsValues())
      releaseObject();
  }

  /// None.
  static Value none() { return Value(); }
  /// True or False.
  static Value boolean(bool B);
  /// An int.
  static Value integer(Int I);
  /// An int from a machine integer.
  static Value integer(int64_t I) { return integer(Int(I)); }
  /// A float.
  static Value floating(double D);
  /// A str from UTF-8 text (counts its code points once).
  static Value str(std::string UTF8);
  /// A new list holding \p Items.
  static Value list(std::vector<Value> Items = {});
  /// A list value referring to the existing list object \p L (aliasing it).
  static Value list(ListPtr L);
  /// A new tuple holding \p Items.
  static Value tuple(std::vector<Value> Items = {});
  /// A new, empty dict.
  static Value dict();
  /// A dict value referring to the existing dict object \p D (aliasing it).
  static Value dict(DictPtr D);
  /// A view of dict \p D.
  static Value dictView(DictPtr D, DictViewKind Which);
  /// range(Start, Stop, Step). Raises ValueError "range() arg 3 must not be
  /// zero" when Step == 0.
  static Value range(Int Start, Int Stop, Int Step = Int(1));
  /// A user function whose repr uses \p QualName.
  static Value function(std::shared_ptr<FunctionObject> F, std::string QualName);
  /// A set value referring to the existing set object \p S (see Set.h,
  /// makeSet, for building one).
  static Value set(SetPtr S);
  /// An iterator value referring to \p It (see Iterator.h).
  static Value iterator(IteratorPtr It);
  /// The builtin named \p Name (e.g. "len"; types such as "int" or "list"
  /// are builtins too). The name is not checked here.
  static Value builtin(std::string Name);
  /// An exception instance.
  static Value exception(std::shared_ptr<const ExceptionObject> E);
  /// An re.Match object (re.search / re.match / re.fullmatch).
  static Value match(MatchPtr M);
  /// An re.Pattern object (re.compile).
  static Value pattern(PatternPtr P);
  /// A bound method of a built-in value (`d.get`, BoundMethod.h).
  static Value boundMethod(BoundMethodPtr M);

  /// The type of this value.
  Kind kind() const { return static_cast<Kind>(V.index()); }
  /// Type tests, one per Kind.
  bool isNone() const { return kind() == Kind::None; }
  bool isBool() const { return kind() == Kind::Bool; }
  bool isInt() const { return kind() == Kind::Int; }
  bool isFloat() const { return kind() == Kind::Float; }
  bool isStr() const { return kind() == Kind::Str; }
  bool isList() const { return kind() == Kind::List; }
  bool isTuple() const { return kind() == Kind::Tuple; }
  bool isDict() const { return kind() == Kind::Dict; }
  bool isDictView() const { return kind() == Kind::DictView; }
  bool isRange() const { return kind() == Kind::Range; }
  bool isFunction() const { return kind() == Kind::Function; }
  bool isBuiltin() const { return kind() == Kind::Builtin; }
  bool isIterator() const { return kind() == Kind::Iterator; }
  bool isSet() const { return kind() == Kind::Set; }
  bool isException() const { return kind() == Kind::Exception; }
  bool isMatch() const { return kind() == Kind::Match; }
  bool isPattern() const { return kind() == Kind::Pattern; }
  bool isBoundMethod() const { return kind() == Kind::BoundMethod; }
  /// True for int and bool (bool is a subclass of int in Python).
  bool isIntegral() const { return isInt() || isBool(); }
  /// True for int, bool and float.
  bool isNumber() const { return isIntegral() || isFloat(); }

  /// The bool. Precondition: isBool().
  bool asBool() const { return std::get<bool>(V); }
  /// The int. Precondition: isInt().
  const Int &asInt() const { return std::get<Int>(V); }
  /// The value of an int or bool as an Int. Precondition: isIntegral().
  Int toInt() const { return isBool() ? Int(asBool() ? 1 : 0) : asInt(); }
  /// The float. Precondition: isFloat().
  double asFloat() const { return std::get<double>(V); }
  /// The UTF-8 text of a str. Precondition: isStr().
  const std::string &asStr() const { return std::get<StrPtr>(V)->Text; }
  /// The str object (text, code point count). Precondition: isStr().
  const StrObject &strObject() const { return *std::get<StrPtr>(V); }
  /// Appends the text of the str \p Tail to this str in place and returns
  /// true when this Value holds the only reference to its str object (so no
  /// alias, container item or other holder can observe the change, and \p
  /// Tail is not that object); otherwise changes nothing and returns false.
  /// This is CPython's in-place concatenation of a str of reference count one
  /// (unicode_concatenate): `s += t` in a loop takes amortised linear time.
  /// Preconditions: isStr() and Tail.isStr().
  bool appendToUnsharedStr(const Value &Tail);
  /// The list object. Precondition: isList().
  const ListPtr &asList() const { return std::get<ListPtr>(V); }
  /// The tuple items. Precondition: isTuple().
  const std::vector<Value> &asTuple() const { return *std::get<TuplePtr>(V); }
  /// The dict object. Precondition: isDict().
  const DictPtr &asDict() const { return std::get<DictPtr>(V); }
  /// The dict view. Precondition: isDictView().
  const DictView &asDictView() const { return std::get<DictView>(V); }
  /// The range. Precondition: isRange().
  const RangeObject &asRange() const { return *std::get<RangePtr>(V); }
  /// The user function object. Precondition: isFunction().
  const std::shared_ptr<FunctionObject> &asFunction() const {
    return std::get<FunctionValue>(V).Object;
  }
  /// The user function's qualified name. Precondition: isFunction().
  const std::string &functionName() const { return *std::get<FunctionValue>(V).QualName; }
  /// The builtin's name. Precondition: isBuiltin().
  const std::string &builtinName() const { return *std::get<BuiltinPtr>(V); }
  /// The iterator object. Precondition: isIterator().
  const IteratorPtr &asIterator() const { return std::get<IteratorPtr>(V); }
  /// The set object. Precondition: isSet().
  const SetPtr &asSet() const { return std::get<SetPtr>(V); }
  /// The exception instance. Precondition: isException().
  const std::shared_ptr<const ExceptionObject> &asException() const {
    return std::get<std::shared_ptr<const ExceptionObject>>(V);
  }

  /// The match object. Precondition: isMatch().
  const MatchPtr &asMatch() const { return std::get<MatchPtr>(V); }
  /// The compiled pattern object. Precondition: isPattern().
  const PatternPtr &asPattern() const { return std::get<PatternPtr>(V); }
  /// The bound method object. Precondition: isBoundMethod().
  const BoundMethodPtr &asBoundMethod() const { return std::get<BoundMethodPtr>(V); }

  /// Items of a list or tuple. Precondition: isList() || isTuple().
  const std::vector<Value> &sequenceItems() const {
    return isList() ? *asList() : asTuple();
  }

  /// The address of the shared object behind a str, list, tuple, dict, dict
  /// view, range, set, iterator, function, builtin, exception, match or pattern
  /// value (its Python identity); nullptr for None, bool, int and float,
  /// whose identity the runtime does not model.
  const void *objectIdentity() const;

private:
  /// True when the alternative held is an object that can hold Values
  /// (List, Tuple, Dict, DictView, Function, Iterator, Set, Exception).
  bool holdsValues() const {
    constexpr unsigned Mask =
        1u << unsigned(Kind::List) | 1u << unsigned(Kind::Tuple) | 1u << unsigned(Kind::Dict) |
        1u << unsigned(Kind::DictView) | 1u << unsigned(Kind::Function) |
        1u << unsigned(Kind::Iterator) | 1u << unsigned(Kind::Set) |
        1u << unsigned(Kind::Exception);
    return V.index() < 32 && (Mask >> V.index() & 1u);
  }
  /// The number of shared_ptr owners of the object; precondition: holdsValues().
  long objectUseCount() const;
  /// The destructor's slow path for holdsValues(): frees a last reference
  /// iteratively (see Value.cpp).
  void releaseObject();

  /// Not const, for appendToUnsharedStr; shared strs are never changed.
  using StrPtr = std::shared_ptr<StrObject>;
  using RangePtr = std::shared_ptr<const RangeObject>;
  using BuiltinPtr = std::shared_ptr<const std::string>;
  std::variant<std::monostate, bool, Int, double, StrPtr, ListPtr, TuplePtr, DictPtr,
               DictView, RangePtr, FunctionValue, BuiltinPtr, IteratorPtr, SetPtr,
               std::shared_ptr<const ExceptionObject>, MatchPtr,
               PatternPtr, BoundMethodPtr>
      V;
};

/// CPython's type name of \p V, as used in error messages: "NoneType",
/// "bool", "int", "float", "str", "list", "tuple", "dict", "dict_keys",
/// "dict_values", "dict_items", "range", "set", "function",
/// "builtin_function_or_method" (or "type" for builtins that are types),
/// for iterators their own type name ("list_iterator", "zip", ...), an
/// exception's class name, or "re.Match" / "re.Pattern" (CPython's tp_name,
/// which its messages use: "object of type 're.Match' has no len()").
std::string_view typeName(const Value &V);

/// True for builtin names that are classes in CPython ("int", "float",
/// "str", "bool", "list", "tuple", "dict", "range", "set", "enumerate",
/// "zip", "reversed", "map", "filter"): their repr is
/// "<class 'int'>" and isinstance() accepts them.
bool isBuiltinTypeName(std::string_view Name);

/// Whether the builtin value named \p Name is a class: a builtin type
/// (isBuiltinTypeName), `type` itself, `NoneType` (which only type(None) gives) or a builtin
/// exception class (which only type(e) of a caught exception gives). Its
/// repr is "<class 'Name'>" and its type `type`.
bool isBuiltinClassName(std::string_view Name);

} // namespace pyctl

#endif // PYCTL_RUNTIME_VALUE_H
