//===- TypeAnnotations.cpp - Which type annotations pyctl accepts ---------===//
//
// See TypeAnnotations.h. Every accepted shape was checked against CPython
// 3.11 (evaluating it cannot raise); the messages of refused shapes are
// CPython's TypeError/SyntaxError messages where CPython would raise one.
//
//===----------------------------------------------------------------------===//
#include "pyctl/AST/TypeAnnotations.h"
#include "pyctl/AST/TreeSitterNodes.h"

#include "pyctl/Basic/Diagnostics.h"
#include "pyctl/Runtime/Builtins.h"

#include <cstring>
#include <set>
#include <utility>
#include <vector>

using namespace pyctl;

bool pyctl::isKnownTypingName(const std::string &Name) {
  static const std::set<std::string> Names = {"Any",  "Optional", "Union", "List", "Dict",
                                              "Set",  "FrozenSet", "Tuple", "Type", "Callable"};
  return Names.count(Name) != 0;
}

namespace {

/// What evaluating an accepted annotation gives, as far as what may be
/// combined with it is concerned.
enum class Shape {
  Type,        // a class: int, str, ..., typing.Any (a class in 3.11)
  NoneV,       // None
  Str,         // a string constant (a forward reference)
  Ellipsis,    // ...
  SpecialForm, // bare typing.Optional / typing.Union
  Alias,       // a generic alias or union: List, list[int], int | None, ...
  ArgList,     // [a, b]: only the parameters of Callable[[a, b], r]
};

/// Builtin classes an annotation may name. Only names pyctl knows as
/// builtins qualify: no program can rebind those (the builder refuses it).
bool isBuiltinTypeName(const std::string &N) {
  static const std::set<std::string> Names = {"int",   "str",   "float",  "bool",      "bytes", "object",
                                              "list",  "dict",  "tuple",  "set",       "frozenset",
                                              "type",  "complex"};
  return Names.count(N) && isBuiltinName(N);
}

/// Builtin classes that support `C[...]` (types.GenericAlias, which takes
/// any arguments).
bool isBuiltinGeneric(const std::string &N) {
  return isBuiltinTypeName(N) &&
         (N == "list" || N == "dict" || N == "tuple" || N == "set" || N == "frozenset" || N == "type");
}

bool isPythonKeyword(const std::string &S) {
  static const std::set<std::string> K = {
      "False", "None",   "True",    "and",      "as",     "assert", "async",  "await",    "break",
      "class", "continue", "def",   "del",      "elif",   "else",   "except", "finally",  "for",
      "from",  "global", "if",      "import",   "in",     "is",     "lambda", "nonlocal", "not",
      "or",    "pass",   "raise",   "return",   "try",    "while",  "with",   "yield"};
  return K.count(S) != 0;
}

struct Checked {
  Shape S;
  std::string Text;
};

class Checker {
public:
  Checker(const std::string &Src, const AnnotationContext &Ctx) : Src(Src), Ctx(Ctx) {}

  Checked check(TSNode N) {
    std::string T = type(N);
    if (T == "type") {
      std::vector<TSNode> Cs = children(N);
      if (Cs.size() != 1)
        refuse(N);
      return check(Cs[0]);
    }
    if (T == "parenthesized_expression") {
      std::vector<TSNode> Cs = children(N);
      if (Cs.size() != 1)
        refuse(N);
      Checked C = check(Cs[0]);
      return {C.S, "(" + C.Text + ")"};
    }
    if (T == "none")
      return {Shape::NoneV, "None"};
    if (T == "ellipsis")
      return {Shape::Ellipsis, "..."};
    if (T == "string") {
      checkPlainString(N);
      return {Shape::Str, text(N)};
    }
    if (T == "identifier" || T == "attribute" || T == "member_type")
      return name(N);
    if (T == "binary_operator" || T == "union_type") {
      std::vector<TSNode> Cs = children(N);
      if (T == "binary_operator" && text(field(N, "operator")) != "|")
        refuse(N);
      if (Cs.size() != 2)
        refuse(N);
      Checked L = check(Cs[0]), R = check(Cs[1]);
      checkUnionOperand(Cs[0], L);
      checkUnionOperand(Cs[1], R);
      if (L.S == Shape::NoneV && R.S == Shape::NoneV)
        fail(N, "unsupported operand type(s) for |: 'NoneType' and 'NoneType'");
      return {Shape::Alias, L.Text + " | " + R.Text};
    }
    if (T == "subscript" || T == "generic_type")
      return subscript(N);
    if (T == "list") {
      std::string Out = "[";
      for (TSNode E : children(N)) {
        Checked C = check(E);
        typeArgument(E, C);
        Out += (Out.size() > 1 ? ", " : "") + C.Text;
      }
      return {Shape::ArgList, Out + "]"};
    }
    refuse(N);
  }

  /// Under `from __future__ import annotations`: never evaluated, so any
  /// expression of these shapes is accepted, as written.
  void checkFuture(TSNode N) {
    static const std::set<std::string> Ok = {
        "type",   "generic_type", "union_type", "member_type", "type_parameter", "identifier",
        "attribute", "subscript", "string",     "string_start", "string_content", "string_end",
        "escape_sequence", "none", "true",     "false",       "integer",        "float",
        "ellipsis", "list",       "tuple",      "parenthesized_expression", "comment"};
    std::string T = type(N);
    if (T == "binary_operator") {
      if (text(field(N, "operator")) != "|")
        refuse(N);
    } else if (!Ok.count(T)) {
      refuse(N);
    }
    for (TSNode C : children(N))
      checkFuture(C);
  }

private:
  const std::string &Src;
  const AnnotationContext &Ctx;

  std::string type(TSNode N) const { return ts_node_type(N); }
  std::string text(TSNode N) const {
    uint32_t B = ts_node_start_byte(N), E = ts_node_end_byte(N);
    return Src.substr(B, E - B);
  }
  SourceRange range(TSNode N) const { return nodeRange(N); }
  TSNode field(TSNode N, const char *Name) const {
    return ts_node_child_by_field_name(N, Name, std::strlen(Name));
  }
  std::vector<TSNode> children(TSNode N) const { return namedNonCommentChildren(N); }
  [[noreturn]] void fail(TSNode N, const std::string &Msg) const { throw CompileError(range(N), Msg); }
  [[noreturn]] void refuse(TSNode N) const {
    static const std::map<std::string, std::string> What = {
        {"call", "call"}, {"lambda", "lambda"}, {"integer", "number"}, {"float", "number"},
        {"tuple", "tuple"}, {"dictionary", "dict display"}, {"set", "set display"},
        {"concatenated_string", "concatenated string"}, {"slice", "slice"},
        {"binary_operator", "operator"}, {"unary_operator", "operator"},
        {"comparison_operator", "comparison"}, {"boolean_operator", "boolean operator"},
        {"conditional_expression", "conditional expression"}, {"named_expression", "':='"},
        {"await", "'await'"}, {"yield", "'yield'"}, {"true", "'True'"}, {"false", "'False'"},
        {"list_comprehension", "comprehension"}, {"splat_type", "'*' type"},
        {"constrained_type", "constrained type"}, {"list", "list"}};
    auto It = What.find(type(N));
    std::string W = It != What.end() ? It->second : "'" + type(N) + "'";
    fail(N, "unsupported construct: " + W + " in a type annotation");
  }

  void checkPlainString(TSNode N) const {
    for (TSNode C : children(N))
      if (type(C) == "interpolation")
        fail(N, "unsupported construct: f-string in a type annotation");
    std::string Start = text(ts_node_child(N, 0));
    for (char Ch : Start)
      if (Ch != '"' && Ch != '\'')
        fail(N, "unsupported construct: prefixed string in a type annotation");
  }

  /// An identifier, `typing.X` (attribute or member_type), resolved.
  Checked name(TSNode N) {
    std::string T = type(N);
    if (T == "identifier") {
      std::string Id = text(N);
      if (isBuiltinTypeName(Id))
        return {Shape::Type, Id};
      auto It = Ctx.ImportedNames.find(Id);
      if (It != Ctx.ImportedNames.end() && It->second == "typing" && isKnownTypingName(Id))
        return typingName(Id);
      fail(N, "unsupported construct: name '" + Id +
                  "' in a type annotation (pyctl takes builtin types, None, strings and names "
                  "imported from typing)");
    }
    TSNode Obj, Attr;
    if (T == "attribute") {
      Obj = field(N, "object");
      Attr = field(N, "attribute");
    } else {
      std::vector<TSNode> Cs = children(N);
      if (Cs.size() != 2)
        refuse(N);
      Obj = Cs[0];
      Attr = Cs[1];
      while (type(Obj) == "type" && children(Obj).size() == 1)
        Obj = children(Obj)[0];
    }
    if (type(Obj) != "identifier" || text(Obj) != "typing" || !Ctx.TypingModule)
      fail(N, "unsupported construct: attribute access in a type annotation");
    if (!isKnownTypingName(text(Attr)))
      fail(N, "unsupported construct: 'typing." + text(Attr) + "' in a type annotation");
    return typingName(text(Attr));
  }

  Checked typingName(const std::string &Id) const {
    Shape S = Id == "Any" ? Shape::Type : (Id == "Optional" || Id == "Union") ? Shape::SpecialForm : Shape::Alias;
    return {S, "typing." + Id};
  }

  void checkUnionOperand(TSNode N, const Checked &C) const {
    if (C.S == Shape::SpecialForm)
      fail(N, "Plain " + C.Text + " is not valid as type argument");
    if (C.S != Shape::Type && C.S != Shape::NoneV && C.S != Shape::Alias)
      fail(N, "unsupported construct: " +
                  std::string(C.S == Shape::Str ? "string" : C.S == Shape::Ellipsis ? "'...'" : "list") +
                  " as an operand of '|' in a type annotation");
  }

  /// typing's _type_check of a subscript argument, restricted to shapes
  /// whose check cannot fail: a string must be an identifier (typing
  /// compiles it as a ForwardRef).
  void typeArgument(TSNode N, const Checked &C) const {
    switch (C.S) {
    case Shape::Type:
    case Shape::NoneV:
    case Shape::Alias: return;
    case Shape::SpecialForm: fail(N, "Plain " + C.Text + " is not valid as type argument");
    case Shape::Str: {
      std::string Body = C.Text.substr(1, C.Text.size() - 2);
      bool Ok = !Body.empty() && !isPythonKeyword(Body) && !std::isdigit((unsigned char)Body[0]);
      for (char Ch : Body)
        Ok = Ok && (std::isalnum((unsigned char)Ch) || Ch == '_');
      if (!Ok || C.Text.size() < 2 || C.Text[0] == C.Text[1])
        fail(N, "unsupported construct: a string other than an identifier as a typing argument");
      return;
    }
    case Shape::Ellipsis: fail(N, "unsupported construct: '...' as this typing argument");
    case Shape::ArgList: fail(N, "unsupported construct: list as this typing argument");
    }
  }

  Checked subscript(TSNode N) {
    std::vector<TSNode> Cs = children(N);
    TSNode Base = Cs[0];
    std::vector<TSNode> Args;
    if (type(N) == "generic_type") {
      if (Cs.size() != 2 || type(Cs[1]) != "type_parameter")
        refuse(N);
      Args = children(Cs[1]);
      if (type(ts_node_child(Cs[1], ts_node_child_count(Cs[1]) - 2)) == ",")
        fail(N, "unsupported construct: trailing comma in a type annotation subscript");
    } else {
      Args.assign(Cs.begin() + 1, Cs.end());
      uint32_t K = ts_node_child_count(N);
      if (K >= 2 && type(ts_node_child(N, K - 2)) == ",")
        fail(N, "unsupported construct: trailing comma in a type annotation subscript");
    }
    if (Args.empty())
      refuse(N);
    std::string BT = type(Base);
    if (BT != "identifier" && BT != "attribute" && BT != "member_type")
      fail(Base, "unsupported construct: subscript of this expression in a type annotation");
    Checked B = name(Base);
    std::vector<Checked> As;
    for (TSNode A : Args)
      As.push_back(check(A));
    std::string Out = B.Text + "[";
    for (size_t I = 0; I < As.size(); ++I)
      Out += (I ? ", " : "") + As[I].Text;
    Out += "]";
    const std::string Id = B.Text.rfind("typing.", 0) == 0 ? B.Text.substr(7) : std::string();
    if (Id.empty()) {
      if (!isBuiltinGeneric(B.Text))
        fail(N, "type '" + B.Text + "' is not subscriptable");
      for (size_t I = 0; I < As.size(); ++I)
        if (As[I].S == Shape::ArgList)
          fail(Args[I], "unsupported construct: list as a generic argument in a type annotation");
      return {Shape::Alias, Out};
    }
    size_t NArgs = As.size();
    auto Arity = [&](size_t Want) {
      if (NArgs != Want)
        fail(N, std::string(NArgs > Want ? "Too many" : "Too few") + " arguments for " + B.Text +
                    "; actual " + std::to_string(NArgs) + ", expected " + std::to_string(Want));
    };
    if (Id == "Any")
      fail(N, "type 'Any' is not subscriptable");
    if (Id == "Optional" && NArgs != 1)
      fail(N, "typing.Optional requires a single type.");
    if (Id == "List" || Id == "Set" || Id == "FrozenSet" || Id == "Type")
      Arity(1);
    if (Id == "Dict")
      Arity(2);
    if (Id == "Callable") {
      if (NArgs != 2)
        fail(N, "Callable must be used as Callable[[arg, ...], result].");
      // CPython accepts `Callable[int, str]` too (as Callable[[int], str]); not modelled.
      if (As[0].S != Shape::ArgList && As[0].S != Shape::Ellipsis)
        fail(N, "unsupported construct: a Callable annotation whose first argument is not a list "
                "of types or '...'");
      typeArgument(Args[1], As[1]);
      return {Shape::Alias, Out};
    }
    for (size_t I = 0; I < NArgs; ++I) {
      if (Id == "Tuple" && As[I].S == Shape::Ellipsis && NArgs == 2 && I == 1)
        continue; // Tuple[int, ...]
      typeArgument(Args[I], As[I]);
    }
    return {Shape::Alias, Out};
  }
};

} // namespace

Annotation pyctl::checkAnnotation(TSNode N, const std::string &Text, const AnnotationContext &Ctx) {
  Checker C(Text, Ctx);
  TSPoint P = ts_node_start_point(N);
  SourceRange R{ts_node_start_byte(N), ts_node_end_byte(N), P.row + 1, P.column + 1};
  if (Ctx.Future) {
    C.checkFuture(N);
    return {Text.substr(R.Begin, R.End - R.Begin), R};
  }
  Checked Res = C.check(N);
  if (Res.S == Shape::Ellipsis || Res.S == Shape::ArgList)
    throw CompileError(R, std::string("unsupported construct: ") +
                              (Res.S == Shape::Ellipsis ? "'...'" : "list") + " as a type annotation");
  return {Res.Text, R};
}
