//===- RustEmitterTest.cpp - Tests of the Rust lowering -------------------===//
//
// emitRust on small inline trace files: key pieces of the generated Rust, name and label
// resolution, constants, and the errors for malformed traces. (RustBuildTest.cpp compiles and
// runs generated code.)
//
//===----------------------------------------------------------------------===//

#include "pyctl/CodeGen/RustEmitter.h"

#include <gtest/gtest.h>

#include <string>

using nlohmann::json;
using pyctl::CodeGenError;
using pyctl::emitRust;

namespace {

/// A version-1 trace file around `body`, the items of the root block.
json traceFile(json body, json params = json::array({"x"})) {
  return json{{"format", "pyctl-trace"},
              {"version", 1},
              {"entry", "f"},
              {"params", std::move(params)},
              {"source", {{"path", "f.py"}, {"sha256", std::string(64, '0')}}},
              {"invocations", 1},
              {"trace", {{"kind", "block"}, {"body", std::move(body)}}}};
}

json ident(const std::string &name) { return {{"kind", "identifier"}, {"name", name}}; }
json integer(json value) { return {{"kind", "integer"}, {"value", std::move(value)}}; }
json let(const std::string &name, json named) {
  return {{"kind", "let"}, {"name", name}, {"named", std::move(named)}};
}
json set(json lvalue, json named) {
  return {{"kind", "set"}, {"name", std::move(lvalue)}, {"named", std::move(named)}};
}
json label(const std::string &name, json body) {
  return {{"kind", "label"}, {"name", name}, {"body", std::move(body)}};
}
json brk(const std::string &name, json value) {
  return {{"kind", "break"}, {"name", name}, {"value", std::move(value)}};
}
json binop(const std::string &op, json a, json b) {
  return {{"kind", "binop"}, {"op", op}, {"e1", std::move(a)}, {"e2", std::move(b)}};
}
json prim(const std::string &event, json args) {
  return {{"kind", "primApp"}, {"event", event}, {"eventArgs", std::move(args)}};
}
json argument(int i) { return {{"kind", "argument"}, {"index", i}}; }
const json unknown = {{"kind", "unknown"}};

/// The message of the CodeGenError that emitting `file` throws ("" if none).
std::string errorOf(const json &file) {
  try {
    emitRust(file);
  } catch (const CodeGenError &e) {
    return e.what();
  }
  return "";
}

bool contains(const std::string &text, const std::string &piece) {
  return text.find(piece) != std::string::npos;
}

/// The paper's running example, traced on 3 and -4 (both arms of the `if` known).
json doubleAbsoluteValue() {
  json fnBody = json::array(
      {let("x$1", argument(0)), let("double_x$1", {{"kind", "undefined"}}),
       let("return_value$1", {{"kind", "undefined"}}),
       set(ident("double_x$1"), binop("*", integer(2), ident("x$1"))),
       {{"kind", "if"},
        {"cond", binop("<", ident("x$1"), integer(0))},
        {"truePart", {set(ident("return_value$1"), {{"kind", "op1"}, {"op", "-"}, {"e", ident("double_x$1")}})}},
        {"falsePart", {set(ident("return_value$1"), ident("double_x$1"))}}},
       prim("print", {ident("return_value$1")}), brk("'ret", ident("return_value$1")), unknown});
  return traceFile({let("double_absolute_value", {{"kind", "undefined"}}),
                    set(ident("double_absolute_value"),
                        {{"kind", "clos"}, {"function", "double_absolute_value@3:1"}, {"tenv", json::object()}}),
                    {{"kind", "block"}, {"body", {label("'ret", fnBody)}}}});
}

TEST(RustEmitter, EmitsTheModuleShape) {
  std::string rust = emitRust(doubleAbsoluteValue());
  EXPECT_TRUE(contains(rust, "#![forbid(unsafe_code)]"));
  EXPECT_TRUE(contains(rust, "use pyctl_runtime::*;"));
  EXPECT_TRUE(contains(rust, "pub fn run(args: &[Value], ctx: &mut Ctx) -> Result<Value, Fallback> {"));
  EXPECT_TRUE(contains(rust, "if args.len() != 1 {"));
  EXPECT_TRUE(contains(rust, "fn main() {\n    pyctl_runtime::main_loop(run)\n}"));
}

TEST(RustEmitter, LowersTheRunningExample) {
  std::string rust = emitRust(doubleAbsoluteValue());
  EXPECT_TRUE(contains(rust, "Value::function(\"double_absolute_value@3:1\")"));
  EXPECT_TRUE(contains(rust, "= args[0].clone();"));
  EXPECT_TRUE(contains(rust, "op_mul(&Value::Int(2), defined(&"));
  // A comparison that is the test of an `if` is a Rust bool.
  EXPECT_TRUE(contains(rust, "if lt_bool(defined(&"));
  EXPECT_TRUE(contains(rust, "builtins::print(ctx, &"));
  // The 'ret label costs gas (an inlined call), and `unknown` falls back.
  EXPECT_TRUE(contains(rust, ": {\n                ctx.tick()?;"));
  EXPECT_TRUE(contains(rust, "return Err(fallback("));
}

TEST(RustEmitter, WhileLoopsSpendGasAndTestTheirCondition) {
  json loop = {{"kind", "while"},
               {"cond", binop("<", ident("i"), integer(10))},
               {"body", {set(ident("i"), binop("+=", ident("i"), integer(1)))}}};
  // `i` starts as an argument, so it stays a Value (not an int-typed local).
  std::string rust = emitRust(traceFile({let("i", argument(0)), loop, ident("i")}));
  EXPECT_TRUE(contains(rust, ": loop {"));
  EXPECT_TRUE(contains(rust, "ctx.tick()?;"));
  EXPECT_TRUE(contains(rust, "if !(lt_bool("));
  // `i += 1` on a variable: op_add_to with op_iadd's semantics.
  EXPECT_TRUE(contains(rust, "op_add_to(&mut "));
  EXPECT_TRUE(contains(rust, ", true)?;"));
}

TEST(RustEmitter, AppendsToAVariableThroughOpAddTo) {
  json str = {{"kind", "string"}, {"value", "x"}};
  // s = s + "x"; s += "x": op_add_to (in place for an unshared str); the right side first.
  std::string rust = emitRust(traceFile({let("s", str), set(ident("s"), binop("+", ident("s"), str)),
                                         set(ident("s"), binop("+=", ident("s"), str)), ident("s")}));
  EXPECT_TRUE(contains(rust, "get_or_init(|| Value::str(\"x\")).clone();\n"));
  EXPECT_TRUE(contains(rust, ", false)?;"));
  EXPECT_TRUE(contains(rust, ", true)?;"));
  EXPECT_FALSE(contains(rust, "op_add("));
  EXPECT_FALSE(contains(rust, "op_iadd("));
  // Another variable on the left, or another operator: the plain operators.
  rust = emitRust(traceFile({let("s", str), let("t", str), set(ident("t"), binop("+", ident("s"), str)),
                             set(ident("s"), binop("*", ident("s"), integer(2))), ident("t")}));
  EXPECT_FALSE(contains(rust, "op_add_to("));
  EXPECT_TRUE(contains(rust, "op_add("));
  EXPECT_TRUE(contains(rust, "op_mul("));
}

TEST(RustEmitter, BreakTargetsTheInnermostLabelOfItsName) {
  // label 'ret [ label 'ret [ break 'ret 1 ], break 'ret 2 ]
  json inner = label("'ret", {brk("'ret", integer(1))});
  json outer = label("'ret", {inner, brk("'ret", integer(2))});
  std::string rust = emitRust(traceFile({outer}));
  EXPECT_TRUE(contains(rust, "'l0: {"));
  EXPECT_TRUE(contains(rust, "'l1: {"));
  EXPECT_TRUE(contains(rust, "break 'l1 Value::Int(1);"));
  EXPECT_TRUE(contains(rust, "break 'l0 Value::Int(2);"));
}

TEST(RustEmitter, ReturnThroughFinallyRunsItFirst) {
  // label 'ret [ try [break 'ret 1] handlers [..] orelse [] finalbody [print 2] ]
  json handler = {{"kind", "handler"}, {"types", {"ValueError"}}, {"body", {unknown}}};
  json tryNode = {{"kind", "try"},
                  {"body", {brk("'ret", integer(1)), unknown}},
                  {"handlers", {handler}},
                  {"orelse", json::array()},
                  {"finalbody", {prim("print", {integer(2)})}}};
  std::string rust = emitRust(traceFile({label("'ret", {tryNode, unknown})}));
  // The jump is caught with its exit number, `finally` runs, then the jump goes on.
  EXPECT_TRUE(contains(rust, "break 't1 (1, Value::Int(1));")) << rust;
  EXPECT_TRUE(contains(rust, "1 => break 'l0 v3,")) << rust;
  EXPECT_LT(rust.find("print"), rust.find("1 => break 'l0"));
}

TEST(RustEmitter, TryWithoutFinallyRunsBodyThenElse) {
  json tryNode = {{"kind", "try"},
                  {"body", {prim("print", {integer(1)})}},
                  {"handlers", json::array()},
                  {"orelse", {prim("print", {integer(2)})}},
                  {"finalbody", json::array()}};
  std::string rust = emitRust(traceFile({tryNode, integer(3)}));
  EXPECT_FALSE(contains(rust, "'t")) << rust;
  EXPECT_LT(rust.find("Value::Int(1)"), rust.find("Value::Int(2)"));
}

TEST(RustEmitter, LetShadowsOnlyForTheRestOfItsBody) {
  // let x = 1; block [ let x = x + 1 ]; x   -- the final read is the outer x.
  json inner = {{"kind", "block"}, {"body", {let("x", binop("+", ident("x"), integer(1)))}}};
  json half = {{"kind", "number"}, {"value", 0.5}};
  std::string rust = emitRust(traceFile({let("x", half), inner, ident("x")}));
  EXPECT_TRUE(contains(rust, "let mut v0_x: Value = Value::Float(0.5_f64);"));
  EXPECT_TRUE(contains(rust, "let mut v1_x: Value = op_add(defined(&v0_x)?, &Value::Int(1))?;"));
  EXPECT_TRUE(contains(rust, "\n        defined(&v0_x)?.clone()\n"));
}

TEST(RustEmitter, LowersConstants) {
  std::string rust = emitRust(traceFile(
      {prim("print", {integer(-5), integer("123"), integer("-100000000000000000000"),
                      integer(json::number_unsigned_t(18446744073709551615ULL)),
                      {{"kind", "number"}, {"value", 0.1}}, {{"kind", "number"}, {"value", "-inf"}},
                      {{"kind", "number"}, {"value", "nan"}}, {{"kind", "number"}, {"value", 1e16}},
                      {{"kind", "string"}, {"value", "a\"\\\n\u00e9\xF0\x9F\x98\x80"}},
                      {{"kind", "boolean"}, {"value", true}}, {{"kind", "none"}},
                      {{"kind", "tuple"}, {"exps", {integer(1)}}},
                      {{"kind", "array"}, {"exps", json::array()}}})}));
  EXPECT_TRUE(contains(rust, "Value::Int(-5)"));
  EXPECT_TRUE(contains(rust, "Value::Int(123)"));
  EXPECT_TRUE(contains(rust, "fail::<Value>(\"integer constant outside 64 bits\")?"));
  EXPECT_TRUE(contains(rust, "Value::Float(0.1_f64)"));
  EXPECT_TRUE(contains(rust, "Value::Float(f64::NEG_INFINITY)"));
  EXPECT_TRUE(contains(rust, "Value::Float(f64::NAN)"));
  EXPECT_TRUE(contains(rust, "Value::Float(1e+16_f64)"));
  EXPECT_TRUE(contains(rust, "Value::str(\"a\\\"\\\\\\n\\u{e9}\\u{1f600}\")"));
  EXPECT_TRUE(contains(rust, "Value::Bool(true)"));
  EXPECT_TRUE(contains(rust, "Value::None"));
  EXPECT_TRUE(contains(rust, "Value::tuple(vec![Value::Int(1)])"));
  EXPECT_TRUE(contains(rust, "Value::list(vec![])"));
}

TEST(RustEmitter, LowersGuardsAssignmentsAndShortCircuits) {
  json guard = {{"kind", "if"},
                {"cond", prim("isFunction", {ident("g"), {{"kind", "string"}, {"value", "g@1:1"}}})},
                {"truePart", {set({{"kind", "tuple"}, {"exps", {ident("a"), ident("b")}}}, ident("p"))}},
                {"falsePart", {unknown}}};
  json store = set({{"kind", "index"}, {"exp", ident("p")}, {"index", integer(-1)}}, ident("a"));
  json logic = binop("or", binop("and", ident("a"), ident("b")), prim("len", {ident("p")}));
  std::string rust = emitRust(traceFile({let("g", {{"kind", "undefined"}}), let("p", argument(0)),
                                         let("a", {{"kind", "none"}}), let("b", {{"kind", "none"}}),
                                         guard, store, logic, prim("frozenset", {ident("p")})}));
  EXPECT_TRUE(contains(rust, "if truthy(&builtins::is_function(defined(&v0_g)?, \"g@1:1\")?)? {"));
  EXPECT_TRUE(contains(rust, "= unpack_n::<2>(&"));
  EXPECT_TRUE(contains(rust, "set_index(defined(&v1_p)?, &Value::Int(-1), "));
  EXPECT_TRUE(contains(rust, "if truthy(&t"));
  EXPECT_TRUE(contains(rust, "builtins::len(&[defined(&v1_p)?.clone()])?"));
  EXPECT_TRUE(contains(rust, "builtins::unsupported_call(\"frozenset\", 1)?"));
}

json methodCall(json receiver, const std::string &method, json args) {
  return {{"kind", "methodCall"}, {"e", std::move(receiver)}, {"method", method}, {"methodCallArgs", std::move(args)}};
}
json slice(json lower, json upper, json step) {
  return {{"kind", "slice"}, {"lower", std::move(lower)}, {"upper", std::move(upper)}, {"step", std::move(step)}};
}
const json none = {{"kind", "none"}};

TEST(RustEmitter, LowersMethodCallsSlicesAndDicts) {
  json getSlice = {{"kind", "index"}, {"exp", ident("p")}, {"index", slice(integer(1), none, integer(-1))}};
  json setSlice = set({{"kind", "index"}, {"exp", ident("p")}, {"index", slice(none, integer(2), none)}},
                      {{"kind", "array"}, {"exps", json::array()}});
  json display = {{"kind", "dict"},
                  {"keys", {{{"kind", "string"}, {"value", "k"}}, integer(1)}},
                  {"values", {ident("p"), none}}};
  std::string rust = emitRust(traceFile(
      {let("p", argument(0)), methodCall(ident("p"), "append", {integer(1)}), getSlice, setSlice,
       display, methodCall(ident("p"), "frobnicate", {integer(1)}),
       prim("isinstance", {ident("p"), {{"kind", "builtin"}, {"name", "list"}}})}));
  // The receiver is borrowed, the arguments are a slice of values.
  EXPECT_TRUE(contains(rust, "methods::append(defined(&v0_p)?, &[Value::Int(1)])?"));
  EXPECT_TRUE(contains(rust, "get_slice(defined(&v0_p)?, &Value::Int(1), &Value::None, &Value::Int(-1))?"));
  EXPECT_TRUE(contains(rust, "set_slice(defined(&v0_p)?, &Value::None, &Value::Int(2), &Value::None, "));
  // Keys and values alternate, in display order.
  EXPECT_TRUE(contains(rust, "dict_display(vec![(str_lit0.get_or_init(|| Value::str(\"k\")).clone(), defined(&v0_p)?.clone()), "
                             "(Value::Int(1), Value::None)])?"));
  // A method the runtime does not know falls back where it is reached.
  EXPECT_TRUE(contains(rust, "methods::unsupported_on(defined(&v0_p)?, \"frobnicate\")?"));
  EXPECT_TRUE(contains(rust, "builtins::isinstance(&[defined(&v0_p)?.clone(), Value::Builtin(&\"list\")])?"));
}

TEST(RustEmitter, IfExpEvaluatesOneOperandAndRaiseFallsBack) {
  json choose = {{"kind", "ifExp"},
                 {"cond", ident("x")},
                 {"then", integer(1)},
                 {"else", binop("//", integer(1), integer(0))}};
  json raise = {{"kind", "raise"}, {"exception", "ValueError"}, {"args", {integer(1)}}};
  std::string rust = emitRust(traceFile(
      {let("x", argument(0)), label("'ret", {brk("'ret", choose)}), {{"kind", "block"}, {"body", {raise, unknown}}}}));
  // `1 // 0` is an int expression: the runtime's int_floordiv falls back on the zero divisor.
  EXPECT_TRUE(contains(rust, "{ if truthy(defined(&v0_x)?)? { Value::Int(1) } else { "
                             "Value::Int(int_floordiv(1_i64, 0_i64)?) } }"));
  EXPECT_TRUE(contains(rust, "return Err(fallback(\"raise ValueError\"));"));
  // A body that ends in `raise` has no value of its own.
  EXPECT_FALSE(contains(rust, "return Err(fallback(\"raise ValueError\"));\n            Value::None"));
}

TEST(RustEmitter, LowersCellsAndClosures) {
  json deref = {{"kind", "deref"}, {"exp", ident("total")}};
  json captured = {{"kind", "from"}, {"exp", ident("$fn$2")}, {"field", "total"}};
  json closure = {{"kind", "clos"}, {"function", "add@5:5"}, {"tenv", {{"total", ident("total")}}}};
  std::string rust = emitRust(traceFile(
      {let("total", {{"kind", "newCell"}}), set(deref, integer(0)), let("add", closure),
       let("$fn$2", ident("add")), set({{"kind", "deref"}, {"exp", captured}}, {{"kind", "deref"}, {"exp", captured}}),
       deref}));
  EXPECT_TRUE(contains(rust, "let mut v0_total: Value = Value::new_cell();"));
  // Assignment through a cell evaluates the value first, then the cell.
  EXPECT_TRUE(contains(rust, "set_deref(defined(&v0_total)?, t"));
  EXPECT_TRUE(contains(rust, "Value::closure(\"add@5:5\", vec![(\"total\", defined(&v0_total)?.clone())])"));
  EXPECT_TRUE(contains(rust, "deref(&closure_cell(defined(&v"));
  EXPECT_TRUE(contains(rust, "_fn_2)?, \"total\")?)?"));
  json noField = {{"kind", "from"}, {"exp", ident("total")}};
  EXPECT_TRUE(contains(errorOf(traceFile({let("total", {{"kind", "newCell"}}), noField})),
                       "(from): missing field 'field'"));
}

TEST(RustEmitter, LowersDel) {
  auto del = [](json exp) { return json{{"kind", "del"}, {"exp", std::move(exp)}}; };
  json item = {{"kind", "index"}, {"exp", ident("xs")}, {"index", integer(-1)}};
  json part = {{"kind", "index"}, {"exp", ident("xs")}, {"index", slice(integer(1), none, integer(-2))}};
  json cell = {{"kind", "deref"}, {"exp", ident("c")}};
  json both = {{"kind", "tuple"}, {"exps", {ident("y"), {{"kind", "index"}, {"exp", ident("xs")}, {"index", ident("x")}}}}};
  json value = let("v", {{"kind", "block"}, {"body", {del(ident("y"))}}});
  std::string rust = emitRust(traceFile({let("x", argument(0)), let("y", integer(1)), let("xs", ident("x")),
                                         let("c", {{"kind", "newCell"}}), del(ident("x")), del(item), del(part),
                                         del(cell), del(both), value, del(ident("nowhere"))}));
  EXPECT_TRUE(contains(rust, "del_name(&mut v0_x)?;"));
  EXPECT_TRUE(contains(rust, "del_index(defined(&v2_xs)?, &Value::Int(-1))?;"));
  EXPECT_TRUE(contains(rust, "del_slice(defined(&v2_xs)?, &Value::Int(1), &Value::None, &Value::Int(-2))?;"));
  EXPECT_TRUE(contains(rust, "del_deref(defined(&v3_c)?)?;"));
  // A tuple deletes its targets left to right.
  EXPECT_TRUE(contains(rust, "del_name(&mut v1_y)?;\n        del_index(defined(&v2_xs)?, defined(&v0_x)?)?;"));
  // A block ending with `del` has the value None.
  EXPECT_TRUE(contains(rust, "del_name(&mut v1_y)?;\n            Value::None\n"));
  // Deleting a name no `let` binds is CPython's NameError.
  EXPECT_TRUE(contains(rust, "let _ = builtins::unsupported(\"name 'nowhere'\")?;"));
  EXPECT_TRUE(contains(errorOf(traceFile({del(integer(1))})), "(integer): not a deletion target"));
  EXPECT_TRUE(contains(errorOf(traceFile({json{{"kind", "del"}}})), "(del): missing field 'exp'"));
}

TEST(RustEmitter, LowersKeywordsDefaultsAndStarredTargets) {
  json keywords = json::array({{{"name", "sep"}, {"value", {{"kind", "string"}, {"value", "-"}}}}});
  json printCall = prim("print", {integer(1)});
  printCall["keywords"] = keywords;
  json sortedCall = prim("sorted", {ident("x")});
  sortedCall["keywords"] = json::array({{{"name", "key"}, {"value", {{"kind", "builtin"}, {"name", "len"}}}}});
  json split = methodCall(ident("x"), "split", json::array());
  split["keywords"] = json::array({{{"name", "maxsplit"}, {"value", integer(1)}}});
  json star = set({{"kind", "tuple"}, {"exps", {ident("x"), {{"kind", "starred"}, {"exp", ident("y")}}}}}, ident("x"));
  json withDefault = {{"kind", "argument"}, {"index", 1}, {"default", {{"kind", "default"}, {"exp", ident("f")}, {"index", 0}}}};
  json fn = {{"kind", "clos"}, {"function", "f@1:1"}, {"tenv", json::object()}, {"defaults", {integer(7)}}};
  std::string rust = emitRust(traceFile({let("f", fn), let("x", argument(0)), let("y", withDefault), printCall,
                                         sortedCall, split, star},
                                        json::array({"x", "y"})));
  // Positional arguments, then keywords in source order.
  EXPECT_TRUE(contains(rust, "= [Value::Int(1)]; let k"));
  EXPECT_TRUE(contains(rust, " = [(\"sep\", str_lit0.get_or_init(|| Value::str(\"-\")).clone())]; builtins::print_kw(ctx, &t"));
  EXPECT_TRUE(contains(rust, "builtins::call_kw(\"sorted\", &[defined(&v1_x)?.clone()], "
                             "&[(\"key\", Value::Builtin(&\"len\"))])?"));
  EXPECT_TRUE(contains(rust, "methods::call_kw(defined(&v1_x)?, \"split\", &[], &[(\"maxsplit\", Value::Int(1))])?"));
  EXPECT_TRUE(contains(rust, "= unpack_star::<2>(&"));
  EXPECT_TRUE(contains(rust, ", 1)?;"));
  EXPECT_TRUE(contains(rust, "Value::closure_with_defaults(\"f@1:1\", vec![], vec![Value::Int(7)])"));
  // The parameter with a default may be left out by the invocation.
  EXPECT_TRUE(contains(rust, "if args.len() < 1 || args.len() > 2 {"));
  EXPECT_TRUE(contains(rust, "{ if args.len() > 1 { args[1].clone() } else { closure_default(defined(&v0_f)?, 0)? } }"));
  json twoStars = set({{"kind", "tuple"},
                       {"exps", {{{"kind", "starred"}, {"exp", ident("x")}}, {{"kind", "starred"}, {"exp", ident("x")}}}}},
                      integer(1));
  EXPECT_TRUE(contains(errorOf(traceFile({let("x", integer(0)), twoStars})), "more than one starred target"));
  EXPECT_TRUE(contains(errorOf(traceFile({{{"kind", "starred"}, {"exp", integer(1)}}})),
                       "'starred' can only be an item of a tuple assignment target"));
  json badKeyword = prim("print", json::array());
  badKeyword["keywords"] = json::array({1});
  EXPECT_TRUE(contains(errorOf(traceFile({badKeyword})), "a keyword argument must be an object"));
}

TEST(RustEmitter, RejectsMalformedSection6Nodes) {
  EXPECT_TRUE(contains(errorOf(traceFile({slice(none, none, none)})),
                       "/trace/body/0 (slice): 'slice' can only be the index of an 'index' node"));
  json lopsided = {{"kind", "dict"}, {"keys", {integer(1)}}, {"values", json::array()}};
  EXPECT_TRUE(contains(errorOf(traceFile({lopsided})), "'keys' and 'values' must have the same length"));
  json noMethod = {{"kind", "methodCall"}, {"e", integer(1)}, {"methodCallArgs", json::array()}};
  EXPECT_TRUE(contains(errorOf(traceFile({noMethod})), "(methodCall): missing field 'method'"));
  json noException = {{"kind", "raise"}, {"args", json::array()}};
  EXPECT_TRUE(contains(errorOf(traceFile({noException})), "(raise): missing field 'exception'"));
  json badSlice = {{"kind", "index"}, {"exp", integer(1)}, {"index", {{"kind", "slice"}, {"lower", none}}}};
  EXPECT_TRUE(contains(errorOf(traceFile({badSlice})), "/trace/body/0/index (slice): missing field 'upper'"));
  json noName = {{"kind", "builtin"}};
  EXPECT_TRUE(contains(errorOf(traceFile({noName})), "(builtin): missing field 'name'"));
}

TEST(RustEmitter, AcceptsSnakeCaseSpellings) {
  json node = {{"kind", "if"},
               {"condition", {{"kind", "boolean"}, {"value", true}}},
               {"true_part", {prim("print", json::array())}},
               {"false_part", {unknown}}};
  json assign = {{"kind", "set"}, {"name", "x"}, {"named", integer(2)}};
  std::string rust = emitRust(traceFile({let("x", integer(1)), node, assign}));
  EXPECT_TRUE(contains(rust, "if truthy(&Value::Bool(true))? {"));
  // x is given only ints: an int-typed local.
  EXPECT_TRUE(contains(rust, "v0_x = Some(2_i64);"));
}

TEST(RustEmitter, KeepsVariablesGivenOnlyIntsAsI64) {
  // i: ints only (int-typed); s: an int, then a str (a Value); t: unpacked into (a Value);
  // u: assigned from i and itself (int-typed).
  json tuple = {{"kind", "tuple"}, {"exps", {ident("t"), ident("s")}}};
  json str = {{"kind", "string"}, {"value", "a"}};
  std::string rust = emitRust(traceFile(
      {let("i", integer(0)), let("s", integer(1)), let("t", integer(2)), let("u", {{"kind", "undefined"}}),
       set(ident("s"), str), set(tuple, ident("p")), set(ident("u"), binop("*", ident("i"), integer(3))),
       set(ident("i"), binop("+=", ident("i"), binop("%", ident("u"), {{"kind", "op1"}, {"op", "-"}, {"e", integer(7)}}))),
       {{"kind", "if"}, {"cond", binop("<=", ident("i"), ident("u"))}, {"truePart", json::array()}, {"falsePart", json::array()}},
       binop("+", ident("i"), ident("s"))}));
  EXPECT_TRUE(contains(rust, "let mut v0_i: Option<i64> = Some(0_i64);")) << rust;
  EXPECT_TRUE(contains(rust, "let mut v1_s: Value = Value::Int(1);"));
  EXPECT_TRUE(contains(rust, "let mut v2_t: Value = Value::Int(2);"));
  EXPECT_TRUE(contains(rust, "let mut v3_u: Option<i64> = None;"));
  EXPECT_TRUE(contains(rust, "v3_u = Some(int_mul(int_var(v0_i)?, 3_i64)?);"));
  EXPECT_TRUE(contains(rust, "v0_i = Some(int_add(int_var(v0_i)?, int_mod(int_var(v3_u)?, -7_i64)?)?);"));
  EXPECT_TRUE(contains(rust, "if (int_var(v0_i)? <= int_var(v3_u)?) {"));
  // len() is an int expression.
  std::string sized = emitRust(traceFile({let("p", argument(0)), let("n", prim("len", {ident("p")})),
                                          binop("-", ident("n"), integer(1))}));
  EXPECT_TRUE(contains(sized, "let mut v1_n: Option<i64> = Some(int_len(defined(&v0_p)?)?);")) << sized;
  EXPECT_TRUE(contains(sized, "Value::Int(int_sub(int_var(v1_n)?, 1_i64)?)"));
  // Where a Value is needed, the int is boxed.
  EXPECT_TRUE(contains(rust, "op_add(&Value::Int(int_var(v0_i)?), defined(&v1_s)?)?"));
}

TEST(RustEmitter, RejectsMalformedTraces) {
  EXPECT_TRUE(contains(errorOf(json::array()), "must be a JSON object"));
  json wrongFormat = traceFile({});
  wrongFormat["format"] = "other";
  EXPECT_TRUE(contains(errorOf(wrongFormat), "'format'"));
  json wrongVersion = traceFile({});
  wrongVersion["version"] = 2;
  EXPECT_TRUE(contains(errorOf(wrongVersion), "'version'"));

  EXPECT_EQ(errorOf(traceFile({brk("'ret", integer(1))})),
            "malformed trace at /trace/body/0 (break): break to ''ret', which no enclosing label "
            "names");
  // Kinds this version does not know, and reads of names nothing binds (CPython's NameError),
  // compile to a fallback rather than fail the build.
  EXPECT_TRUE(contains(emitRust(traceFile({{{"kind", "frobnicate"}}})), "builtins::unsupported(\"IR node kind 'frobnicate'\")?"));
  EXPECT_TRUE(contains(errorOf(traceFile({binop("@", integer(1), integer(2))})),
                       "unknown binary operator '@'"));
  EXPECT_TRUE(contains(emitRust(traceFile({ident("nowhere")})), "builtins::unsupported(\"name 'nowhere'\")?"));
  EXPECT_TRUE(contains(errorOf(traceFile({argument(1)})), "argument index outside the 1 params"));
  EXPECT_TRUE(contains(errorOf(traceFile({unknown, integer(1)})), "/trace/body/0 (unknown)"));
  EXPECT_TRUE(contains(errorOf(traceFile({set(integer(1), integer(2))})), "not an assignment target"));
  EXPECT_TRUE(contains(errorOf(traceFile({binop("+", integer(1), json{{"kind", "none"}}), {{"kind", "binop"}}})),
                       "/trace/body/1 (binop): missing field 'op'"));
  EXPECT_TRUE(contains(errorOf(traceFile({integer("12x")})), "decimal integer"));
}

} // namespace
