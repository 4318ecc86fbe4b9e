//===- TypeAttributesTest.cpp - Unimplemented methods are unsupported -----===//
//
// A method CPython's type has but the runtime does not implement must stop
// with UnsupportedError (an AttributeError would be caught by a user's
// `except AttributeError` and give a different answer); a name the type
// lacks raises CPython 3.11's AttributeError with its exact message.
//
//===----------------------------------------------------------------------===//

#include "pyctl/Runtime/Attributes.h"
#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/Methods.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/TypeAttributes.h"
#include "pyctl/Runtime/Value.h"

#include <gtest/gtest.h>

using namespace pyctl;

namespace {

Value method(const Value &Self, const char *Name, std::vector<Value> Args = {}) {
  std::string Out;
  BuiltinContext Ctx{Out, nullptr};
  return callMethod(Self, Name, std::move(Args), {}, Ctx);
}

/// The UnsupportedError text of `Self.Name()`, or "" when it does not throw one.
std::string unsupported(const Value &Self, const char *Name) {
  try {
    method(Self, Name);
  } catch (const UnsupportedError &E) {
    return E.what();
  } catch (...) {
  }
  return "";
}

/// The "Type: message" of the PythonError `Self.Name()` raises, or "".
std::string pythonError(const Value &Self, const char *Name) {
  try {
    method(Self, Name);
  } catch (const PythonError &E) {
    return E.what();
  } catch (...) {
  }
  return "";
}

Value exceptionValue(const char *Type) {
  auto E = std::make_shared<ExceptionObject>();
  E->Type = Type;
  return Value::exception(E);
}

} // namespace

TEST(TypeAttributes, TablesFollowCPythonDir) {
  EXPECT_EQ(instanceHasAttribute("str", "casefold"), true);
  EXPECT_EQ(instanceHasAttribute("str", "__len__"), true);
  EXPECT_EQ(instanceHasAttribute("str", "foo"), false);
  EXPECT_EQ(instanceHasAttribute("int", "to_bytes"), true);
  EXPECT_EQ(instanceHasAttribute("bool", "conjugate"), true);
  EXPECT_EQ(instanceHasAttribute("float", "as_integer_ratio"), true);
  EXPECT_EQ(instanceHasAttribute("range", "index"), true);
  EXPECT_EQ(instanceHasAttribute("list", "__len__"), true);
  EXPECT_EQ(instanceHasAttribute("list", "casefold"), false);
  EXPECT_EQ(instanceHasAttribute("dict_keys", "isdisjoint"), true);
  EXPECT_EQ(instanceHasAttribute("ValueError", "with_traceback"), true);
  EXPECT_EQ(instanceHasAttribute("NoneType", "__bool__"), true);
  EXPECT_EQ(instanceHasAttribute("no_such_type", "x"), std::nullopt);
  EXPECT_EQ(typeObjectHasAttribute("dict", "fromkeys"), true);
  EXPECT_EQ(typeObjectHasAttribute("int", "mro"), true);
  EXPECT_EQ(typeObjectHasAttribute("int", "foo"), false);
  EXPECT_TRUE(isCPythonBuiltinFunction("len"));
  EXPECT_TRUE(isCPythonBuiltinFunction("math.sqrt"));
  EXPECT_FALSE(isCPythonBuiltinFunction("json.dumps"));
  EXPECT_FALSE(isCPythonBuiltinFunction("int"));
}

TEST(TypeAttributes, EveryValueKindIsCovered) {
  // Each type name the runtime reports has a table (the iterators too).
  auto D = Value::dict();
  std::vector<Value> Values = {
      Value::none(), Value::boolean(true), Value::integer(1), Value::floating(1.5),
      Value::str("a"), Value::str("\xC3\xA9"), Value::list(), Value::tuple(), D,
      Value::dictView(D.asDict(), DictViewKind::Keys),
      Value::dictView(D.asDict(), DictViewKind::Values),
      Value::dictView(D.asDict(), DictViewKind::Items), Value::range(Int(0), Int(1))};
  std::string Out;
  size_t Plain = Values.size();
  for (size_t K = 0; K < Plain; ++K)
    if (!Values[K].isNone() && !Values[K].isIntegral() && !Values[K].isFloat())
      Values.push_back(makeIterator(Values[K]));
  for (const char *Fn : {"enumerate", "zip", "reversed"})
    Values.push_back(callBuiltin(Fn, Fn == std::string("zip") ? std::vector<Value>{}
                                                                : std::vector<Value>{Value::list()},
                                 Out));
  Values.push_back(callBuiltin("reversed", {Value::tuple()}, Out));
  Values.push_back(callBuiltin("reversed", {D}, Out));
  Values.push_back(callBuiltin("set", {}, Out));
  Values.push_back(makeIterator(Values.back()));
  Values.push_back(makeIterator(Value::range(Int(0), Int(INT64_MAX) * Int(4))));
  for (const Value &V : Values)
    EXPECT_TRUE(instanceHasAttribute(typeName(V), "__class__").has_value()) << typeName(V);
}

TEST(TypeAttributes, UnimplementedMethodsAreUnsupported) {
  EXPECT_EQ(unsupported(Value::str("Stra\xC3\x9F" "e"), "translate"), "unsupported: method str.translate");
  for (const char *M : {"isprintable", "translate", "encode", "format_map", "__len__", "__mod__"})
    EXPECT_EQ(unsupported(Value::str("x"), M), std::string("unsupported: method str.") + M);
  EXPECT_EQ(unsupported(Value::integer(5), "to_bytes"), "unsupported: method int.to_bytes");
  EXPECT_EQ(unsupported(Value::integer(5), "conjugate"), "unsupported: method int.conjugate");
  EXPECT_EQ(unsupported(Value::boolean(true), "conjugate"), "unsupported: method bool.conjugate");
  EXPECT_EQ(unsupported(Value::floating(0.5), "as_integer_ratio"),
            "unsupported: method float.as_integer_ratio");
  EXPECT_EQ(unsupported(Value::range(Int(0), Int(3)), "index"), "unsupported: method range.index");
  EXPECT_EQ(unsupported(Value::list(), "__len__"), "unsupported: method list.__len__");
  EXPECT_EQ(unsupported(makeIterator(Value::list()), "__next__"),
            "unsupported: method list_iterator.__next__");
  EXPECT_EQ(unsupported(exceptionValue("ValueError"), "with_traceback"),
            "unsupported: method ValueError.with_traceback");
  EXPECT_EQ(unsupported(Value::builtin("str"), "casefold"), "unsupported: method str.casefold");
  EXPECT_EQ(unsupported(Value::builtin("str"), "lower"), "unsupported: method str.lower");
  EXPECT_EQ(unsupported(Value::builtin("int"), "from_bytes"), "unsupported: method int.from_bytes");
  EXPECT_EQ(unsupported(Value::builtin("len"), "__call__"), "unsupported: attribute '__call__' of len");
  // json.dumps is a Python function in CPython: no table, so any name is unsupported.
  EXPECT_EQ(unsupported(Value::builtin("json.dumps"), "foo"), "unsupported: attribute 'foo' of json.dumps");
  // A type the tables do not know: never an AttributeError.
  EXPECT_EQ(unsupported(exceptionValue("NoSuchError"), "foo"), "unsupported: method NoSuchError.foo");
}

TEST(TypeAttributes, MissingNamesRaiseCPythonsAttributeError) {
  EXPECT_EQ(pythonError(Value::str("x"), "nosuch"), "AttributeError: 'str' object has no attribute 'nosuch'");
  EXPECT_EQ(pythonError(Value::list(), "casefold"),
            "AttributeError: 'list' object has no attribute 'casefold'");
  EXPECT_EQ(pythonError(Value::none(), "foo"), "AttributeError: 'NoneType' object has no attribute 'foo'");
  EXPECT_EQ(pythonError(Value::boolean(false), "foo"), "AttributeError: 'bool' object has no attribute 'foo'");
  EXPECT_EQ(pythonError(Value::dict(), "append"), "AttributeError: 'dict' object has no attribute 'append'");
  EXPECT_EQ(pythonError(makeIterator(Value::str("ab")), "foo"),
            "AttributeError: 'str_ascii_iterator' object has no attribute 'foo'");
  EXPECT_EQ(pythonError(exceptionValue("KeyError"), "foo"),
            "AttributeError: 'KeyError' object has no attribute 'foo'");
  EXPECT_EQ(pythonError(Value::builtin("int"), "foo"),
            "AttributeError: type object 'int' has no attribute 'foo'");
  EXPECT_EQ(pythonError(Value::builtin("len"), "foo"),
            "AttributeError: 'builtin_function_or_method' object has no attribute 'foo'");
  EXPECT_EQ(pythonError(Value::builtin("math.sqrt"), "foo"),
            "AttributeError: 'builtin_function_or_method' object has no attribute 'foo'");
  // Implemented methods are unaffected.
  EXPECT_EQ(method(Value::str("AB"), "lower").asStr(), "ab");
}

/// getattr(obj, 'name') as a statement: the method lookup anf puts before a
/// method call's arguments. It returns for a method the type has, raises
/// CPython's AttributeError for one it lacks, and is unsupported for a method
/// CPython has that the runtime does not implement.
TEST(TypeAttributes, DroppedLookupChecksTheMethodOnly) {
  EXPECT_NO_THROW(lookupAttribute(Value::list(), "append"));
  EXPECT_NO_THROW(lookupAttribute(Value::str("s"), "split"));
  EXPECT_NO_THROW(lookupAttribute(Value::integer(3), "real"));
  try {
    lookupAttribute(Value::integer(5), "append");
    ADD_FAILURE() << "no AttributeError";
  } catch (const PythonError &E) {
    EXPECT_STREQ(E.what(), "AttributeError: 'int' object has no attribute 'append'");
  }
  EXPECT_THROW(lookupAttribute(Value::str("s"), "translate"), UnsupportedError);
  EXPECT_NO_THROW(lookupAttribute(Value::str("s"), "casefold"));
  EXPECT_NO_THROW(lookupAttribute(Value::builtin("dict"), "fromkeys"));
}
