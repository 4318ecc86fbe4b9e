//===- ExprIR.cpp - Expressions as trace IR -------------------------------===//
#include "pyctl/Trace/ExprIR.h"

#include "pyctl/AST/Scope.h"

#include "pyctl/Basic/Diagnostics.h"
#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/ExceptionClasses.h"

#include "llvm/Support/Casting.h"

#include <cmath>
#include <gmpxx.h>

using namespace pyctl;
using llvm::cast;
using json = nlohmann::json;

json pyctl::integerConstantIR(const std::string &Decimal) {
  mpz_class V(Decimal, 10);
  if (V.fits_slong_p())
    return json{{"kind", "integer"}, {"value", static_cast<int64_t>(V.get_si())}};
  return json{{"kind", "integer"}, {"value", V.get_str(10)}};
}

json pyctl::floatConstantIR(double V) {
  if (std::isnan(V))
    return json{{"kind", "number"}, {"value", "nan"}};
  if (std::isinf(V))
    return json{{"kind", "number"}, {"value", V > 0 ? "inf" : "-inf"}};
  return json{{"kind", "number"}, {"value", V}};
}

std::string pyctl::compareOpIR(const std::string &Op) {
  if (Op == "not in")
    return "notin";
  if (Op == "is not")
    return "isnot";
  return Op;
}

json TraceNameScope::cell(const std::string &Name) const {
  if (Scope && Scope->kindOf(Name) == FunctionScope::NameKind::Free)
    return json{{"kind", "from"}, {"exp", {{"kind", "identifier"}, {"name", closureName()}}}, {"field", Name}};
  return json{{"kind", "identifier"}, {"name", spell(Name)}};
}

json TraceNameScope::variable(const std::string &Name) const {
  using K = FunctionScope::NameKind;
  K Kind = Scope ? Scope->kindOf(Name) : K::Global;
  switch (Kind) {
  case K::Local: return json{{"kind", "identifier"}, {"name", spell(Name)}};
  case K::Cell:
  case K::Free: return json{{"kind", "deref"}, {"exp", cell(Name)}};
  case K::Global:
    // Builtin names cannot be rebound (the front end refuses it), so a
    // builtin's name is the builtin itself (an exception class too).
    if (isBuiltinName(Name) || isBuiltinExceptionClassName(Name))
      return json{{"kind", "builtin"}, {"name", Name}};
    return json{{"kind", "identifier"}, {"name", Name}};
  }
  return json();
}

static json exprs(const ExprList &Es, const TraceNameScope &S) {
  json A = json::array();
  for (const auto &E : Es)
    A.push_back(exprToIR(*E, S));
  return A;
}

static json binop(const std::string &Op, json L, json R) {
  return json{{"kind", "binop"}, {"op", Op}, {"e1", std::move(L)}, {"e2", std::move(R)}};
}

json pyctl::exprToIR(const Expr &E, const TraceNameScope &S) {
  switch (E.getKind()) {
  case Expr::Kind::Name: return S.variable(cast<NameExpr>(E).Id);
  case Expr::Kind::Attribute:
    throw CompileError(E.Range, "unsupported construct: attribute access outside a method call");
  case Expr::Kind::Comprehension:
    throw CompileError(E.Range, "comprehension not lowered to a loop: the program is not in A-normal form "
                                "(run the 'anf' pipeline first)");
  case Expr::Kind::Named:
    throw CompileError(E.Range, "assignment expression ':=' not lowered to statements: the program is not in "
                                "A-normal form (run the 'anf' pipeline first)");
  case Expr::Kind::Starred: // only in assignment targets
    return json{{"kind", "starred"}, {"exp", exprToIR(*cast<StarredExpr>(E).Value, S)}};
  case Expr::Kind::Slice: {
    const auto &Sl = cast<SliceExpr>(E);
    auto Part = [&](const ExprPtr &P) { return P ? exprToIR(*P, S) : json{{"kind", "none"}}; };
    return json{{"kind", "slice"}, {"lower", Part(Sl.Lower)}, {"upper", Part(Sl.Upper)}, {"step", Part(Sl.Step)}};
  }
  case Expr::Kind::Dict: {
    const auto &D = cast<DictExpr>(E);
    return json{{"kind", "dict"}, {"keys", exprs(D.Keys, S)}, {"values", exprs(D.Values, S)}};
  }
  case Expr::Kind::IfExp: {
    const auto &I = cast<IfExpExpr>(E);
    return json{{"kind", "ifExp"}, {"cond", exprToIR(*I.Cond, S)}, {"then", exprToIR(*I.Then, S)},
                {"else", exprToIR(*I.Else, S)}};
  }
  case Expr::Kind::IntLit: return integerConstantIR(cast<IntLitExpr>(E).Value);
  case Expr::Kind::FloatLit: return floatConstantIR(cast<FloatLitExpr>(E).Value);
  case Expr::Kind::StrLit: return json{{"kind", "string"}, {"value", cast<StrLitExpr>(E).Value}};
  case Expr::Kind::BoolLit: return json{{"kind", "boolean"}, {"value", cast<BoolLitExpr>(E).Value}};
  case Expr::Kind::NoneLit: return json{{"kind", "none"}};
  case Expr::Kind::Tuple: return json{{"kind", "tuple"}, {"exps", exprs(cast<TupleExpr>(E).Elts, S)}};
  case Expr::Kind::List: return json{{"kind", "array"}, {"exps", exprs(cast<ListExpr>(E).Elts, S)}};
  case Expr::Kind::Set: return json{{"kind", "setDisplay"}, {"exps", exprs(cast<SetExpr>(E).Elts, S)}};
  case Expr::Kind::Subscript: {
    const auto &Sub = cast<SubscriptExpr>(E);
    return json{{"kind", "index"}, {"exp", exprToIR(*Sub.Value, S)}, {"index", exprToIR(*Sub.Index, S)}};
  }
  case Expr::Kind::Unary: {
    const auto &U = cast<UnaryExpr>(E);
    return json{{"kind", "op1"}, {"op", U.Op}, {"e", exprToIR(*U.Operand, S)}};
  }
  case Expr::Kind::Binary: {
    const auto &B = cast<BinaryExpr>(E);
    return binop(B.Op, exprToIR(*B.LHS, S), exprToIR(*B.RHS, S));
  }
  case Expr::Kind::BoolOp: {
    const auto &B = cast<BoolOpExpr>(E);
    return binop(B.IsAnd ? "and" : "or", exprToIR(*B.LHS, S), exprToIR(*B.RHS, S));
  }
  case Expr::Kind::Compare: {
    const auto &C = cast<CompareExpr>(E);
    json Result;
    for (size_t I = 0; I < C.Ops.size(); ++I) {
      json Link = binop(compareOpIR(C.Ops[I]), exprToIR(*C.Operands[I], S),
                        exprToIR(*C.Operands[I + 1], S));
      Result = I == 0 ? std::move(Link) : binop("and", std::move(Result), std::move(Link));
    }
    return Result;
  }
  case Expr::Kind::Call: {
    const auto &C = cast<CallExpr>(E);
    json Keywords = json::array();
    // `**m` is the keyword entry named "**" (docs/trace-format.md, Keyword arguments of builtins).
    for (const auto &K : C.Keywords)
      Keywords.push_back(json{{"name", K.isDoubleStar() ? "**" : K.Name}, {"value", exprToIR(*K.Value, S)}});
    auto withKeywords = [&](json Node) {
      if (!Keywords.empty())
        Node["keywords"] = std::move(Keywords);
      // The key function's calls are recorded in this label (docs/trace-format.md, Callbacks).
      if (isCallbackCall(E))
        Node["callback"] = json{{"kind", "label"}, {"name", "'cb"}, {"body", json::array({{{"kind", "unknown"}}})}};
      // The user functions map/filter iterators call while it pulls from them
      // are recorded in this one (docs/trace-format.md, map and filter).
      if (isPullCall(E))
        Node["pullCallback"] =
            json{{"kind", "label"}, {"name", "'pull"}, {"body", json::array({{{"kind", "unknown"}}})}};
      return Node;
    };
    if (const auto *Method = llvm::dyn_cast<AttributeExpr>(C.Callee.get()))
      return withKeywords(json{{"kind", "methodCall"}, {"e", exprToIR(*Method->Value, S)},
                               {"method", Method->Attr}, {"methodCallArgs", exprs(C.Args, S)}});
    const auto *Callee = llvm::dyn_cast<NameExpr>(C.Callee.get());
    if (!Callee || !isBuiltinName(Callee->Id))
      throw CompileError(E.Range, "call of a user function inside an expression: the program is "
                                  "not in A-normal form (run the 'anf' pipeline first)");
    return withKeywords(json{{"kind", "primApp"}, {"event", Callee->Id}, {"eventArgs", exprs(C.Args, S)}});
  }
  }
  throw CompileError(E.Range, "unknown expression kind");
}

std::string pyctl::augmentedOpIR(const std::string &Op) {
  bool InPlace = Op == "+" || Op == "*" || Op == "-" || Op == "|" || Op == "&" || Op == "^";
  return InPlace ? Op + "=" : Op;
}

nlohmann::json pyctl::tryIR(const TryStmt &T, const TraceNameScope &Scope) {
  using json = nlohmann::json;
  auto Unknown = [] { return json::array({json{{"kind", "unknown"}}}); };
  json Handlers = json::array();
  for (const auto &H : T.Handlers) {
    json Node{{"kind", "handler"},
              {"types", H.Types.empty() ? json::array({"BaseException"}) : json(H.Types)},
              {"body", Unknown()}};
    if (H.TypeExpr) // `except errors`: the classes are read when an exception gets here
      Node = json{{"kind", "handler"}, {"types", json::array()}, {"typesExp", exprToIR(*H.TypeExpr, Scope)},
                  {"body", Unknown()}};
    if (!H.Name.empty())
      Node["name"] = Scope.variable(H.Name);
    Handlers.push_back(std::move(Node));
  }
  return json{{"kind", "try"},
              {"body", Unknown()},
              {"handlers", std::move(Handlers)},
              {"orelse", T.OrElse.empty() ? json::array() : Unknown()},
              {"finalbody", T.FinalBody.empty() ? json::array() : Unknown()}};
}
