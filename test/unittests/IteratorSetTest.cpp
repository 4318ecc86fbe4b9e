//===- IteratorSetTest.cpp - Tests of iterators and sets ------------------===//
//
// Every expected value below was checked against python3 (CPython 3.11).
//
//===----------------------------------------------------------------------===//

#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/Methods.h"
#include "pyctl/Runtime/Operators.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Repr.h"
#include "pyctl/Runtime/Set.h"

#include <gtest/gtest.h>

#include <functional>

using namespace pyctl;

namespace {

Value I(int64_t N) { return Value::integer(N); }
Value S(const char *Text) { return Value::str(Text); }
Value L(std::vector<Value> Items) { return Value::list(std::move(Items)); }

Value call(const char *Name, std::vector<Value> Args) {
  std::string Out;
  return callBuiltin(Name, std::move(Args), Out);
}
std::string callRepr(const char *Name, std::vector<Value> Args) {
  return repr(call(Name, std::move(Args)));
}
Value method(const Value &Self, const char *Name, std::vector<Value> Args) {
  std::string Out;
  BuiltinContext Ctx{Out, nullptr};
  return callMethod(Self, Name, std::move(Args), {}, Ctx);
}

/// "Type: message" of the PythonError \p Fn raises, "unsupported" for an
/// UnsupportedError, "" when nothing is raised.
std::string raised(const std::function<void()> &Fn) {
  try {
    Fn();
  } catch (const PythonError &E) {
    return E.what();
  } catch (const UnsupportedError &) {
    return "unsupported";
  }
  return "";
}

TEST(Iterator, ListIteratorSeesAppendsAndStaysExhausted) {
  Value Xs = L({I(1)});
  Value It = call("iter", {Xs});
  EXPECT_EQ(typeName(It), "list_iterator");
  EXPECT_EQ(repr(call("next", {It})), "1");
  Xs.asList()->push_back(I(2));
  EXPECT_EQ(repr(call("next", {It})), "2");
  EXPECT_EQ(raised([&] { call("next", {It}); }), "StopIteration");
  Xs.asList()->push_back(I(3));
  EXPECT_EQ(repr(call("next", {It, S("end")})), "'end'"); // exhausted for good
  EXPECT_TRUE(call("iter", {It}).objectIdentity() == It.objectIdentity());
}

TEST(Iterator, DictIteratorsCheckTheSize) {
  Value D = Value::dict();
  D.asDict()->set(S("a"), I(1));
  D.asDict()->set(S("b"), I(2));
  Value It = call("iter", {method(D, "values", {})});
  EXPECT_EQ(typeName(It), "dict_valueiterator");
  EXPECT_EQ(repr(call("next", {It})), "1");
  D.asDict()->set(S("b"), I(20)); // a value assigned during the loop is seen
  EXPECT_EQ(repr(call("next", {It})), "20");
  D.asDict()->set(S("c"), I(3));
  EXPECT_EQ(raised([&] { call("next", {It}); }),
            "RuntimeError: dictionary changed size during iteration");
  EXPECT_EQ(raised([&] { call("next", {It}); }),
            "RuntimeError: dictionary changed size during iteration");
  // Same size, other keys: CPython's answer depends on its table layout.
  Value It2 = call("iter", {D});
  D.asDict()->erase(S("a"));
  D.asDict()->set(S("z"), I(0));
  EXPECT_EQ(raised([&] { call("next", {It2}); }), "unsupported");
  EXPECT_EQ(callRepr("list", {call("reversed", {method(D, "items", {})})}),
            "[('z', 0), ('c', 3), ('b', 20)]");
}

TEST(Iterator, EnumerateZipReversed) {
  EXPECT_EQ(callRepr("list", {call("enumerate", {S("h\xc3\xa9"), I(-1)})}),
            "[(-1, 'h'), (0, '\xc3\xa9')]");
  EXPECT_EQ(callRepr("list", {call("zip", {L({I(1), I(2), I(3)}), S("ab")})}),
            "[(1, 'a'), (2, 'b')]");
  EXPECT_EQ(callRepr("list", {call("zip", {})}), "[]");
  EXPECT_EQ(callRepr("list", {call("reversed", {call("range", {I(1), I(10), I(4)})})}),
            "[9, 5, 1]");
  EXPECT_EQ(callRepr("tuple", {call("reversed", {Value::tuple({I(1), S("x")})})}), "('x', 1)");
  EXPECT_EQ(typeName(call("reversed", {S("ab")})), "reversed");
  Value It = call("iter", {L({I(0), I(0), I(7), I(8)})});
  EXPECT_EQ(callRepr("any", {It}), "True");
  EXPECT_EQ(callRepr("list", {It}), "[8]"); // any() stopped at 7
  EXPECT_EQ(raised([&] { call("iter", {I(3)}); }), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(raised([&] { call("next", {L({})}); }),
            "TypeError: 'list' object is not an iterator");
  EXPECT_EQ(raised([&] { call("reversed", {call("iter", {L({})})}); }),
            "TypeError: 'list_iterator' object is not reversible");
  EXPECT_EQ(raised([&] { repr(call("iter", {L({})})); }), "unsupported");
}

TEST(Iterator, MapAndFilterOfBuiltinsAreLazy) {
  std::string Out;
  BuiltinContext Ctx{Out, nullptr};
  auto Call = [&](const char *Name, std::vector<Value> Args) {
    return callBuiltin(Name, std::move(Args), {}, Ctx);
  };
  Value Int = Value::builtin("int");
  Value M = Call("map", {Int, L({S("1"), S(" -2 "), S("x"), S("4")})});
  EXPECT_EQ(typeName(M), "map");
  EXPECT_EQ(repr(Call("next", {M})), "1");
  EXPECT_EQ(repr(Call("next", {M})), "-2");
  EXPECT_EQ(raised([&] { Call("next", {M}); }),
            "ValueError: invalid literal for int() with base 10: 'x'");
  EXPECT_EQ(repr(Call("list", {M})), "[4]");
  // The shortest iterable ends a map; the items taken before it are lost.
  Value Xs = L({I(1), I(5), I(9)});
  Value Ys = Call("iter", {L({I(3), I(2)})});
  EXPECT_EQ(repr(Call("list", {Call("map", {Value::builtin("max"), Ys, Xs})})), "[3, 5]");
  EXPECT_EQ(repr(Call("list", {Call("map", {Value::builtin("len"), L({S("héllo"), S("")})})})),
            "[5, 0]");
  // print runs when pulled, writing where the map was made.
  Value P = Call("map", {Value::builtin("print"), L({S("a"), S("é")})});
  EXPECT_EQ(Out, "");
  EXPECT_EQ(repr(Call("list", {P})), "[None, None]");
  EXPECT_EQ(Out, "a\né\n");
  Value Mixed = L({I(0), I(1), S(""), S("a"), Value::none(), L({}), Value::floating(0.5)});
  Value F = Call("filter", {Value::none(), Mixed});
  EXPECT_EQ(typeName(F), "filter");
  EXPECT_EQ(repr(Call("list", {F})), "[1, 'a', 0.5]");
  EXPECT_EQ(repr(Call("list", {Call("filter", {Value::builtin("bool"), Mixed})})), "[1, 'a', 0.5]");
  EXPECT_EQ(repr(Call("list", {Call("filter", {Value::builtin("len"), L({S(""), S("ß")})})})),
            "['ß']");
  EXPECT_TRUE(truthy(Call("isinstance", {F, Value::builtin("filter")})));
  EXPECT_FALSE(truthy(Call("isinstance", {F, Value::builtin("map")})));
}

TEST(Iterator, MapAndFilterErrors) {
  std::string Out;
  BuiltinContext Ctx{Out, nullptr};
  auto Call = [&](const char *Name, std::vector<Value> Args) {
    return callBuiltin(Name, std::move(Args), {}, Ctx);
  };
  EXPECT_EQ(raised([&] { Call("map", {Value::builtin("int")}); }),
            "TypeError: map() must have at least two arguments.");
  EXPECT_EQ(raised([&] { Call("filter", {Value::none()}); }),
            "TypeError: filter expected 2 arguments, got 1");
  EXPECT_EQ(raised([&] { callBuiltin("map", {Value::builtin("int"), L({})}, {{"x", I(1)}}, Ctx); }),
            "TypeError: map() takes no keyword arguments");
  EXPECT_EQ(raised([&] { Call("map", {Value::builtin("int"), I(5)}); }),
            "TypeError: 'int' object is not iterable");
  // A non-callable fails when an item is pulled, not before.
  Value F = Call("filter", {I(5), L({I(1)})});
  EXPECT_EQ(raised([&] { Call("list", {F}); }), "TypeError: 'int' object is not callable");
  // next() as the function of a map over a list holding the map itself: refused, not recursed.
  Value Holder = L({I(0)});
  Value Self = Call("map", {Value::builtin("next"), Holder});
  (*Holder.asList())[0] = Self;
  EXPECT_EQ(raised([&] { Call("next", {Self}); }), "unsupported");
  (*Holder.asList())[0] = I(0); // break the reference cycle
}

TEST(Set, OrderIndependentOperationsAreExact) {
  Value A = makeSet({I(3), I(1), I(2), Value::floating(1.0), Value::boolean(true)});
  EXPECT_EQ(callRepr("len", {A}), "3");
  EXPECT_EQ(callRepr("sorted", {A}), "[1, 2, 3]");
  EXPECT_EQ(callRepr("sum", {A}), "6");
  EXPECT_EQ(repr(applyBinaryOperator("in", Value::floating(2.0), A)), "True");
  Value One = makeSet({I(1)}), OneF = makeSet({Value::floating(1.0)});
  EXPECT_EQ(repr(applyBinaryOperator("|", One, OneF)), "{1}");
  EXPECT_EQ(repr(applyBinaryOperator("&", One, OneF)), "{1.0}");
  EXPECT_EQ(repr(applyBinaryOperator("-", One, OneF)), "set()");
  EXPECT_EQ(callRepr("sorted", {applyBinaryOperator("^", A, makeSet({I(3), I(4)}))}), "[1, 2, 4]");
  EXPECT_EQ(repr(applyBinaryOperator("<=", One, A)), "True");
  EXPECT_EQ(repr(applyBinaryOperator("<", A, A)), "False");
  EXPECT_EQ(repr(applyBinaryOperator("==", A, makeSet({I(1), I(2), I(3)}))), "True");
  // |= changes the set itself.
  Value Alias = A;
  applyBinaryOperator("|=", A, makeSet({I(9)}));
  EXPECT_EQ(callRepr("len", {Alias}), "4");
}

TEST(Set, MethodsAndErrors) {
  Value A = makeSet({});
  method(A, "add", {I(5)});
  method(A, "update", {L({I(6), I(5)}), S("a")});
  EXPECT_EQ(callRepr("len", {A}), "3");
  method(A, "discard", {I(99)});
  EXPECT_EQ(raised([&] { method(A, "remove", {I(99)}); }), "KeyError: 99");
  EXPECT_EQ(raised([&] { method(A, "add", {}); }),
            "TypeError: set.add() takes exactly one argument (0 given)");
  EXPECT_EQ(raised([&] { method(A, "add", {L({})}); }), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(raised([&] { method(makeSet({}), "pop", {}); }),
            "KeyError: 'pop from an empty set'");
  EXPECT_EQ(raised([&] { applyBinaryOperator("|", A, L({})); }),
            "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
  // The iteration order of two or more items is CPython's hash order: refused.
  EXPECT_EQ(raised([&] { repr(A); }), "unsupported");
  EXPECT_EQ(raised([&] { call("list", {A}); }), "unsupported");
  EXPECT_EQ(raised([&] { method(A, "pop", {}); }), "unsupported");
  EXPECT_EQ(raised([&] { call("sorted", {makeSet({I(1), S("a")})}); }), "unsupported");
  EXPECT_EQ(repr(method(makeSet({I(4)}), "pop", {})), "4");
  EXPECT_EQ(callRepr("list", {makeSet({S("x")})}), "['x']");
  // A set iterated while it changes: a size change raises as in CPython; other items at the
  // same size are found through CPython's table layout (1 left a dummy in slot 1, 2 took slot 2).
  Value One = makeSet({I(1)});
  Value It = call("iter", {One});
  EXPECT_EQ(repr(call("next", {It})), "1");
  method(One, "discard", {I(1)});
  method(One, "add", {I(2)});
  EXPECT_EQ(repr(call("next", {It})), "2");
  method(One, "add", {I(3)});
  EXPECT_EQ(raised([&] { call("next", {It}); }), "RuntimeError: Set changed size during iteration");
  // Sets of numbers iterate in CPython's table order: {3, 1, 2} is [1, 2, 3]. 33 and 1 share
  // slot 1 of the 8-slot table: the later one probes on (perturbed) to slot 6 or 7.
  EXPECT_EQ(repr(makeSet({I(3), I(1), I(2)})), "{1, 2, 3}");
  EXPECT_EQ(repr(makeSet({I(33), I(1), I(2)})), "{33, 2, 1}");
  EXPECT_EQ(repr(makeSet({I(1), I(33), I(2)})), "{1, 2, 33}");
  // A display of colliding constants: CPython's layout depends on how the module was loaded.
  EXPECT_EQ(raised([&] { repr(makeSetFromConstants({I(1), I(33), I(2)})); }), "unsupported");
  EXPECT_EQ(repr(makeSetFromConstants({I(3), I(1), I(2)})), "{1, 2, 3}");
  EXPECT_EQ(raised([&] {
              Value D = Value::dict();
              D.asDict()->set(A, I(1));
            }),
            "TypeError: unhashable type: 'set'");
}

} // namespace
