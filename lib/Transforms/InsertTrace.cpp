//===- InsertTrace.cpp - Instrument a program for tracing under CPython ---===//
//
// Each statement of the normalised program is rewritten into the statement
// plus the calls of runtime/python/pyctl_trace.py that record it; the IR
// those calls carry comes from exprToIR, so the Python tracer and the C++
// evaluator cannot disagree on it. See InsertTrace.h for the shapes.
//
//===----------------------------------------------------------------------===//
#include "pyctl/Transforms/InsertTrace.h"

#include "pyctl/AST/Scope.h"
#include "pyctl/AST/Walk.h"
#include "pyctl/Basic/Diagnostics.h"
#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/Methods.h"
#include "pyctl/Runtime/Set.h"
#include "pyctl/Runtime/TypeAttributes.h"
#include "pyctl/Runtime/Value.h"
#include "pyctl/Trace/ExprIR.h"

#include "llvm/Support/Casting.h"

#include <nlohmann/json.hpp>

using namespace pyctl;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using json = nlohmann::json;

namespace {

/// The module the instrumented program imports (runtime/python/pyctl_trace.py).
constexpr const char *TracerModule = "pyctl_trace";
/// The module-level variable holding that module.
constexpr const char *TracerModuleVar = "_pyctl_trace";
/// The wrapper the harness calls as serverless_function(tracer, args).
constexpr const char *WrapperName = "serverless_function";
/// Names starting with this are reserved for the instrumentation.
constexpr llvm::StringLiteral ReservedPrefix = "_pyctl_";

/// The tracing protocol's functions (see pyctl_trace.py).
constexpr const char *FnStmt = "_pyctl_stmt";
constexpr const char *FnIf = "_pyctl_if";
constexpr const char *FnBranch = "_pyctl_branch";
constexpr const char *FnWhile = "_pyctl_while";
constexpr const char *FnIterate = "_pyctl_iterate";
constexpr const char *FnEnd = "_pyctl_end";
constexpr const char *FnJump = "_pyctl_jump";
constexpr const char *FnReturning = "_pyctl_returning";
constexpr const char *FnFunction = "_pyctl_function";
constexpr const char *FnEnter = "_pyctl_enter";
constexpr const char *FnCall = "_pyctl_call";
constexpr const char *FnEntry = "_pyctl_entry";
constexpr const char *FnTry = "_pyctl_try";
constexpr const char *FnExcept = "_pyctl_except";
constexpr const char *FnElse = "_pyctl_else";
constexpr const char *FnFinally = "_pyctl_finally";
/// Only imported by programs that have callback calls (isCallbackCall).
constexpr const char *FnCallback = "_pyctl_callback";
/// Only imported by programs with user calls that unpack `*` / `**` arguments.
constexpr const char *FnCallEx = "_pyctl_call_ex";
constexpr const char *FnStar = "_pyctl_star";
constexpr const char *FnKwSplat = "_pyctl_kwsplat";
/// Only imported by programs that may map a user function (mayMapUserFunctions):
/// the program's `map(...)` / `filter(...)` calls become calls of these.
constexpr const char *FnMap = "_pyctl_map";
constexpr const char *FnFilter = "_pyctl_filter";
/// Only imported by programs that use them (vetCalls): checks of values the
/// C++ evaluator refuses, which CPython would accept (docs/trace-format.md,
/// "What both tracers refuse").
constexpr const char *FnType = "_pyctl_type";
constexpr const char *FnMethod = "_pyctl_method";
constexpr const char *FnOrdered = "_pyctl_ordered";
constexpr const char *FnShown = "_pyctl_shown";
constexpr const char *FnRe = "_pyctl_re";
constexpr const char *FnRaiseClass = "_pyctl_raise_class";
constexpr const char *FnRaiseValue = "_pyctl_raise_value";
constexpr const char *FnHash = "_pyctl_hash";
constexpr const char *ProtocolFunctions[] = {
    FnStmt, FnIf, FnBranch, FnWhile, FnIterate, FnEnd, FnJump, FnReturning,
    FnFunction, FnEnter, FnCall, FnTry, FnExcept, FnElse, FnFinally, FnEntry,
};

const char *const NotNormalised = " (insert-trace runs on a normalised program: run the 'anf' "
                                  "pipeline first)";

// --- Building AST nodes ------------------------------------------------------

ExprPtr nameRef(const std::string &N, SourceRange R) { return std::make_unique<NameExpr>(N, R); }

ExprPtr strLit(const std::string &S, SourceRange R) { return std::make_unique<StrLitExpr>(S, R); }

/// A string literal holding the JSON text of \p IR.
ExprPtr irLit(const json &IR, SourceRange R) {
  try {
    return strLit(IR.dump(), R);
  } catch (const json::exception &) {
    throw CompileError(R, "a string that is not valid UTF-8 cannot be recorded in a trace");
  }
}

ExprPtr call(const std::string &Fn, ExprList Args, SourceRange R) {
  return std::make_unique<CallExpr>(nameRef(Fn, R), std::move(Args), R);
}

template <typename... Ts> ExprList exprs(Ts... Es) {
  ExprList L;
  (L.push_back(std::move(Es)), ...);
  return L;
}

StmtPtr callStmt(const std::string &Fn, ExprList Args, SourceRange R) {
  return std::make_unique<ExprStmt>(call(Fn, std::move(Args), R), R);
}

/// The receiver types (sample values) whose methods vetCalls checks.
std::vector<std::pair<std::string, Value>> vettedReceivers() {
  std::vector<std::pair<std::string, Value>> Out;
  Out.emplace_back("str", Value::str(""));
  Out.emplace_back("list", Value::list());
  Out.emplace_back("tuple", Value::tuple());
  Out.emplace_back("dict", Value::dict());
  Out.emplace_back("set", makeSet({}));
  Out.emplace_back("int", Value::integer(int64_t(0)));
  Out.emplace_back("bool", Value::boolean(false));
  Out.emplace_back("float", Value::floating(0.0));
  Out.emplace_back("NoneType", Value::none());
  return Out;
}

/// The receiver types whose method \p Name CPython has and the evaluator does
/// not implement (missingAttribute refuses it there).
std::vector<std::string> unsupportedMethodTypes(const std::string &Name) {
  static const auto Receivers = vettedReceivers();
  std::vector<std::string> Out;
  for (const auto &[Type, Sample] : Receivers)
    if (!hasMethod(Sample, Name) && instanceHasAttribute(Type, Name).value_or(true))
      Out.push_back(Type);
  return Out;
}

/// Builtins that iterate their positional arguments (a set's order shows).
bool observesOrder(llvm::StringRef Name) {
  return Name == "iter" || Name == "list" || Name == "tuple" || Name == "enumerate" ||
         Name == "zip" || Name == "map" || Name == "filter" || Name == "min" || Name == "max" ||
         Name == "sum" || Name == "reversed" || Name == "sorted";
}

/// Methods that iterate their positional arguments.
bool methodObservesOrder(llvm::StringRef Name) {
  return Name == "join" || Name == "extend" || Name == "fromkeys" || Name == "pop";
}

/// Builtins that show the repr of their arguments.
/// Functions of the re module and methods of its Pattern objects.
bool isReName(llvm::StringRef Name) {
  return Name == "search" || Name == "match" || Name == "fullmatch" || Name == "findall" ||
         Name == "finditer" || Name == "split" || Name == "sub" || Name == "subn" ||
         Name == "compile";
}

/// Builtins that show the repr of their arguments
/// (f-strings reach the program as format(x, spec)).
bool showsRepr(llvm::StringRef Name) {
  return Name == "print" || Name == "repr" || Name == "str" || Name == "format";
}

/// Rewrites the calls of the instrumented program (after its IR strings were
/// made) so that the Python tracer refuses what the evaluator refuses on
/// values CPython accepts: `type(x)` => `_pyctl_type(x)`; `hash(x)` =>
/// `_pyctl_hash(x)` (a hash that varies per process); `r.m(...)` =>
/// `_pyctl_method(r, 'm', 'T'...)(...)` for a method the evaluator lacks on
/// some type T; `f(...)` => `_pyctl_ordered(f)(...)` / `_pyctl_shown(f)(...)`
/// for builtins that observe a set's iteration order (and wrap dict
/// iterators); `r.search(...)` and the like => `_pyctl_re(r.search)(...)`
/// (the re module's and Pattern's refusals). Returns the protocol
/// functions used.
std::set<std::string> vetCalls(StmtList &Body) {
  std::vector<CallExpr *> Calls;
  forEachExpr(Body, [&](const Expr &E) {
    if (const auto *C = dyn_cast<CallExpr>(&E))
      Calls.push_back(const_cast<CallExpr *>(C));
  });
  std::set<std::string> Used;
  // `raise cls(...)` => `raise _pyctl_raise_class(cls)(...)`, `raise v` =>
  // `raise _pyctl_raise_value(v)`: the exception classes the evaluator refuses.
  forEachStmt(Body, [&](const Stmt &S) {
    auto *Ra = dyn_cast<RaiseStmt>(const_cast<Stmt *>(&S));
    if (!Ra || !Ra->Value)
      return;
    const char *Fn = Ra->CallsValue ? FnRaiseClass : FnRaiseValue;
    SourceRange R = Ra->Value->Range;
    Ra->Value = call(Fn, exprs(std::move(Ra->Value)), R);
    Used.insert(Fn);
  });
  for (CallExpr *C : Calls) {
    SourceRange R = C->Callee->Range;
    if (auto *N = dyn_cast<NameExpr>(C->Callee.get())) {
      const auto *Name = C->Args.size() == 2 ? dyn_cast<StrLitExpr>(C->Args[1].get()) : nullptr;
      if (N->Id == "getattr" && Name && C->Keywords.empty()) {
        // A method lookup statement (or an attribute read): the same check.
        std::vector<std::string> Types = unsupportedMethodTypes(Name->Value);
        if (Name->Value == "real" || Name->Value == "imag") // numbers' attributes (getAttribute)
          llvm::erase_if(Types, [](const std::string &T) {
            return T == "int" || T == "bool" || T == "float";
          });
        if (Types.empty())
          continue;
        N->Id = FnMethod;
        for (const auto &T : Types)
          C->Args.push_back(strLit(T, R));
        Used.insert(FnMethod);
      } else if (N->Id == "type") {
        N->Id = FnType;
        Used.insert(FnType);
      } else if (N->Id == "hash") {
        N->Id = FnHash;
        Used.insert(FnHash);
      } else if (llvm::StringRef(N->Id).startswith("re.") && isReName(N->Id.substr(3))) {
        C->Callee = call(FnRe, exprs(std::move(C->Callee)), R);
        Used.insert(FnRe);
      } else if (observesOrder(N->Id) || showsRepr(N->Id)) {
        const char *Fn = showsRepr(N->Id) ? FnShown : FnOrdered;
        C->Callee = call(Fn, exprs(std::move(C->Callee)), R);
        Used.insert(Fn);
      }
      continue;
    }
    auto *A = dyn_cast<AttributeExpr>(C->Callee.get());
    if (!A)
      continue;
    bool Ordered = methodObservesOrder(A->Attr);
    // (str.format is not wrapped: it takes a `**` dict with keys that are not strs, which a
    // Python wrapper cannot receive.)
    bool Shown = false;
    std::vector<std::string> Types = unsupportedMethodTypes(A->Attr);
    if (!Types.empty()) {
      ExprList Args = exprs(std::move(A->Value), strLit(A->Attr, R));
      for (const auto &T : Types)
        Args.push_back(strLit(T, R));
      C->Callee = call(FnMethod, std::move(Args), R);
      Used.insert(FnMethod);
    }
    if (Ordered || Shown) {
      const char *Fn = Shown ? FnShown : FnOrdered;
      C->Callee = call(Fn, exprs(std::move(C->Callee)), R);
      Used.insert(Fn);
    } else if (isReName(A->Attr)) {
      C->Callee = call(FnRe, exprs(std::move(C->Callee)), R);
      Used.insert(FnRe);
    }
  }
  return Used;
}

/// `_pyctl_stmt('<IR>')`: records a node.
StmtPtr record(const json &IR, SourceRange R) { return callStmt(FnStmt, exprs(irLit(IR, R)), R); }

json breakIR(const std::string &Label, json Value) {
  return json{{"kind", "break"}, {"name", Label}, {"value", std::move(Value)}};
}

json noneIR() { return json{{"kind", "none"}}; }

/// True when control cannot reach the end of \p Body because its last statement
/// leaves it (so no end-of-body call is needed after it).
bool endsInJump(const StmtList &Body) {
  return !Body.empty() && isa<ReturnStmt, BreakStmt, ContinueStmt>(*Body.back());
}

/// Checks invariant 4 of docs/passes.md (exprToIR spells a chain a<b<c as
/// (a<b) and (b<c), which evaluates b twice).
void checkAtomicChains(const Expr &E) {
  auto Each = [](const ExprList &Es) {
    for (const auto &X : Es)
      checkAtomicChains(*X);
  };
  switch (E.getKind()) {
  case Expr::Kind::Tuple: Each(cast<TupleExpr>(E).Elts); return;
  case Expr::Kind::List: Each(cast<ListExpr>(E).Elts); return;
  case Expr::Kind::Set: Each(cast<SetExpr>(E).Elts); return;
  case Expr::Kind::Subscript:
    checkAtomicChains(*cast<SubscriptExpr>(E).Value);
    checkAtomicChains(*cast<SubscriptExpr>(E).Index);
    return;
  case Expr::Kind::Unary: checkAtomicChains(*cast<UnaryExpr>(E).Operand); return;
  case Expr::Kind::Binary:
    checkAtomicChains(*cast<BinaryExpr>(E).LHS);
    checkAtomicChains(*cast<BinaryExpr>(E).RHS);
    return;
  case Expr::Kind::BoolOp:
    checkAtomicChains(*cast<BoolOpExpr>(E).LHS);
    checkAtomicChains(*cast<BoolOpExpr>(E).RHS);
    return;
  case Expr::Kind::Compare: {
    const auto &C = cast<CompareExpr>(E);
    for (size_t I = 1; I + 1 < C.Operands.size(); ++I) {
      const Expr &Mid = *C.Operands[I];
      if (!isa<NameExpr, IntLitExpr, FloatLitExpr, StrLitExpr, BoolLitExpr, NoneLitExpr>(Mid))
        throw CompileError(Mid.Range, std::string("comparison chain with a middle operand that "
                                                  "is not a name or literal") + NotNormalised);
    }
    Each(C.Operands);
    return;
  }
  case Expr::Kind::Call:
    checkAtomicChains(*cast<CallExpr>(E).Callee);
    Each(cast<CallExpr>(E).Args);
    return;
  default: return;
  }
}

/// How one scope (the module or a function body) is instrumented.
struct ScopeInfo {
  /// Spells names for the trace: locals as `name$*`.
  TraceNameScope Names;
  /// The N of each while loop of this scope ('brkN / 'contN).
  std::map<const Stmt *, unsigned> Loops;
  /// Numbers of the loops enclosing the statement being rewritten, innermost last.
  std::vector<unsigned> OpenLoops;
  bool IsFunction;

  /// The scope of \p Body, the body of \p F (null for the module).
  ScopeInfo(const StmtList &Body, const FunctionScope *F)
      : Loops(numberLoops(Body)), IsFunction(F != nullptr) {
    Names.Scope = F;
    Names.LocalSuffix = "$*";
  }
  ScopeInfo(const ScopeInfo &) = delete;
  ScopeInfo &operator=(const ScopeInfo &) = delete;
};

class Instrumenter {
public:
  explicit Instrumenter(const ScopeAnalysis &Scopes) : Scopes(Scopes) {}

  /// The instrumented statements of the body of the module (F null) or of F.
  StmtList scope(StmtList Body, const FunctionDefStmt *F) {
    checkDeclared(Body, F);
    ScopeInfo S(Body, F ? &Scopes.of(*F) : nullptr);
    StmtList Out;
    for (auto &Stmt : Body)
      stmt(std::move(Stmt), Out, S);
    return Out;
  }

  /// Whether some statement wraps a key function in _pyctl_callback.
  bool UsesCallbacks = false;
  /// Whether some user call unpacks `*` / `**` arguments (_pyctl_call_ex).
  bool UsesUnpacking = false;

private:
  const ScopeAnalysis &Scopes;
  /// Numbers the variables holding the tracer's token of each `try`.
  unsigned NextTry = 0;

  /// `key=f` of a callback call becomes `key=_pyctl_callback(f)`: the tracer
  /// records each call of f in the call's `callback` label.
  void wrapCallback(Expr &E) {
    if (!isCallbackCall(E))
      return;
    for (auto &K : cast<CallExpr>(E).Keywords)
      if (K.Name == "key") {
        SourceRange R = K.Value->Range;
        K.Value = call(FnCallback, exprs(std::move(K.Value)), R);
      }
    UsesCallbacks = true;
  }

  json ir(const Expr &E, const ScopeInfo &S) {
    checkAtomicChains(E);
    return exprToIR(E, S.Names);
  }

  /// Invariant 1: every name the scope binds (parameters aside) is declared by
  /// the declarations leading its body.
  static void checkDeclared(const StmtList &Body, const FunctionDefStmt *F) {
    std::set<std::string> Declared;
    for (const auto &S : Body) {
      const auto *D = dyn_cast<DeclareStmt>(S.get());
      if (!D)
        break;
      Declared.insert(D->Name);
    }
    if (F)
      for (const auto &P : F->allParams())
        Declared.insert(P);
    // Names declared global or nonlocal belong to other scopes.
    for (bool Global : {true, false})
      for (const auto &N : declaredNames(Body, Global))
        Declared.insert(N);
    for (const auto &N : boundNames(Body))
      if (!Declared.count(N))
        throw CompileError(F ? F->Range : (Body.empty() ? SourceRange() : Body.front()->Range),
                           "'" + N + "' is not declared at the top of its scope" + NotNormalised);
  }

  /// The `_pyctl_end(...)` call ending \p Arm, if it ends in one.
  static CallExpr *trailingEnd(StmtList &Arm) {
    if (Arm.empty())
      return nullptr;
    auto *E = dyn_cast<ExprStmt>(Arm.back().get());
    auto *C = E ? dyn_cast<CallExpr>(E->Value.get()) : nullptr;
    auto *N = C ? dyn_cast<NameExpr>(C->Callee.get()) : nullptr;
    return N && N->Id == FnEnd ? C : nullptr;
  }

  /// Makes every arm of the `if` chain \p I that ends in `_pyctl_end(k)` end
  /// in `_pyctl_end(k + 1)` instead.
  static void addEndToArms(IfStmt &I) {
    for (StmtList *Arm : {&I.Then, &I.Else}) {
      if (CallExpr *End = trailingEnd(*Arm)) {
        unsigned Count = End->Args.empty() ? 1 : std::stoul(cast<IntLitExpr>(*End->Args[0]).Value);
        End->Args.clear();
        End->Args.push_back(std::make_unique<IntLitExpr>(std::to_string(Count + 1), End->Range));
      } else if (Arm == &I.Else && Arm->size() == 1 && isa<IfStmt>(*Arm->front())) {
        addEndToArms(cast<IfStmt>(*Arm->front()));
      }
    }
  }

  /// An instrumented `elif` arm is `_pyctl_if(C); if _pyctl_branch(c): ...;
  /// _pyctl_end()`, one indentation level deeper per `elif`, and CPython's
  /// parser stops at 100 levels. Folds it back into an `elif`:
  /// `elif _pyctl_if(C) or _pyctl_branch(c):` (`_pyctl_if` returns None, so
  /// both run in order), the else arm's closing `_pyctl_end()` moving to the
  /// end of each inner arm that completes normally as one more count of its
  /// own `_pyctl_end(k)` (an arm that jumps never reached it).
  static void keepElifFlat(IfStmt &I) {
    StmtList &Else = I.Else;
    if (Else.size() < 2 || Else.size() > 3 || !isa<IfStmt>(*Else[1]))
      return;
    auto *Rec = dyn_cast<ExprStmt>(Else[0].get());
    auto *RecCall = Rec ? dyn_cast<CallExpr>(Rec->Value.get()) : nullptr;
    auto *RecName = RecCall ? dyn_cast<NameExpr>(RecCall->Callee.get()) : nullptr;
    if (!RecName || RecName->Id != FnIf)
      return;
    bool ClosingEnd = Else.size() == 3;
    if (ClosingEnd) {
      CallExpr *End = trailingEnd(Else);
      if (!End || !End->Args.empty())
        return;
    }
    auto &Inner = cast<IfStmt>(*Else[1]);
    if (ClosingEnd)
      addEndToArms(Inner);
    Inner.Cond = std::make_unique<BoolOpExpr>(false, std::move(Rec->Value), std::move(Inner.Cond),
                                              Inner.Cond->Range);
    StmtPtr Chain = std::move(Else[1]);
    Else.clear();
    Else.push_back(std::move(Chain));
  }

  StmtList block(StmtList Body, ScopeInfo &S, bool EndCall) {
    bool Jumps = endsInJump(Body);
    StmtList Out;
    for (auto &Stmt : Body)
      stmt(std::move(Stmt), Out, S);
    if (EndCall && !Jumps)
      Out.push_back(callStmt(FnEnd, {}, Out.empty() ? SourceRange() : Out.back()->Range));
    return Out;
  }

  /// `_pyctl_call('<site>', f, args...)` for the user call \p C assigned to
  /// \p Target (null for an expression statement).
  ExprPtr userCall(CallExpr &C, const Expr *Target, ScopeInfo &S) {
    if (!isa<NameExpr>(*C.Callee))
      throw CompileError(C.Range, std::string("call of an expression that is not a name") +
                                      NotNormalised);
    json Args = json::array();
    for (const auto &A : C.Args)
      Args.push_back(ir(*A, S));
    json Site{{"callee", ir(*C.Callee, S)},
              {"target", Target ? ir(*Target, S) : json(nullptr)},
              {"args", std::move(Args)}};
    if (!C.Keywords.empty()) {
      json Keywords = json::array();
      for (const auto &K : C.Keywords)
        Keywords.push_back({{"name", K.isDoubleStar() ? "**" : K.Name}, {"value", ir(*K.Value, S)}});
      Site["keywords"] = std::move(Keywords);
    }
    bool Unpacking = false;
    for (const auto &A : C.Args)
      Unpacking |= isa<StarredExpr>(*A);
    for (const auto &K : C.Keywords)
      Unpacking |= K.isDoubleStar();
    if (Unpacking) {
      // _pyctl_call_ex(site, f)(a, *_pyctl_star(xs), k=v, **_pyctl_kwsplat(d)); a lone `*xs`
      // stays as it is (CPython unpacks it when the call is made).
      UsesUnpacking = true;
      bool Lone = C.Args.size() == 1;
      for (auto &A : C.Args)
        if (auto *St = dyn_cast<StarredExpr>(A.get()); St && !Lone)
          St->Value = call(FnStar, exprs(std::move(St->Value)), St->Range);
      for (auto &K : C.Keywords)
        if (K.isDoubleStar()) {
          SourceRange KR = K.Value->Range;
          K.Value = call(FnKwSplat, exprs(std::move(K.Value)), KR);
        }
      auto Probe = call(FnCallEx, exprs(irLit(Site, C.Range), std::move(C.Callee)), C.Range);
      auto Call = std::make_unique<CallExpr>(std::move(Probe), std::move(C.Args), C.Range);
      Call->Keywords = std::move(C.Keywords);
      return Call;
    }
    ExprList CallArgs = exprs(irLit(Site, C.Range), std::move(C.Callee));
    for (auto &A : C.Args)
      CallArgs.push_back(std::move(A));
    auto Call = std::make_unique<CallExpr>(nameRef(FnCall, C.Range), std::move(CallArgs), C.Range);
    Call->Keywords = std::move(C.Keywords);
    return Call;
  }

  void stmt(StmtPtr SP, StmtList &Out, ScopeInfo &S) {
    Stmt &St = *SP;
    SourceRange R = St.Range;
    switch (St.getKind()) {
    case Stmt::Kind::Declare: {
      const std::string &Name = cast<DeclareStmt>(St).Name;
      bool IsCell = S.Names.Scope && S.Names.Scope->kindOf(Name) == FunctionScope::NameKind::Cell;
      Out.push_back(record(json{{"kind", "let"},
                                {"name", S.Names.spell(Name)},
                                {"named", {{"kind", IsCell ? "newCell" : "undefined"}}}},
                           R));
      Out.push_back(std::move(SP));
      return;
    }

    case Stmt::Kind::Global:
    case Stmt::Kind::Nonlocal:
      Out.push_back(std::move(SP));
      return;

    case Stmt::Kind::Assign: {
      auto &A = cast<AssignStmt>(St);
      if (isUserCall(*A.Value)) {
        if (!isa<NameExpr>(*A.Target))
          throw CompileError(R, std::string("call result assigned to a target that is not a name") +
                                    NotNormalised);
        A.Value = userCall(cast<CallExpr>(*A.Value), A.Target.get(), S);
      } else {
        Out.push_back(record(
            json{{"kind", "set"}, {"name", ir(*A.Target, S)}, {"named", ir(*A.Value, S)}}, R));
        wrapCallback(*A.Value);
      }
      Out.push_back(std::move(SP));
      return;
    }

    case Stmt::Kind::AugAssign: {
      auto &A = cast<AugAssignStmt>(St);
      json Target = ir(*A.Target, S);
      json Value{{"kind", "binop"},
                 {"op", augmentedOpIR(A.Op)},
                 {"e1", Target},
                 {"e2", ir(*A.Value, S)}};
      Out.push_back(record(json{{"kind", "set"}, {"name", Target}, {"named", std::move(Value)}}, R));
      Out.push_back(std::move(SP));
      return;
    }

    case Stmt::Kind::ExprStmt: {
      auto &E = cast<ExprStmt>(St);
      if (isUserCall(*E.Value))
        E.Value = userCall(cast<CallExpr>(*E.Value), nullptr, S);
      else {
        Out.push_back(record(ir(*E.Value, S), R));
        wrapCallback(*E.Value);
      }
      Out.push_back(std::move(SP));
      return;
    }

    case Stmt::Kind::MainGuard: // never runs (AST.h); dropped, as the program may run as __main__
      return;
    case Stmt::Kind::Pass:
    case Stmt::Kind::Annotation: // evaluates nothing (Annotation, AST.h): no trace node
      Out.push_back(std::move(SP));
      return;

    case Stmt::Kind::Del:
      Out.push_back(record(json{{"kind", "del"}, {"exp", ir(*cast<DelStmt>(St).Target, S)}}, R));
      Out.push_back(std::move(SP));
      return;

    case Stmt::Kind::Raise: {
      auto &Ra = cast<RaiseStmt>(St);
      if (Ra.isReraise()) {
        Out.push_back(record(json{{"kind", "reraise"}}, R));
        Out.push_back(std::move(SP));
        return;
      }
      json Node;
      json Args = json::array();
      for (const auto &A : Ra.Args)
        Args.push_back(ir(*A, S));
      if (Ra.CallsValue)
        Node = json{{"kind", "raiseCall"}, {"exp", ir(*Ra.Value, S)}, {"args", std::move(Args)}};
      else if (Ra.Value)
        Node = json{{"kind", "raiseValue"}, {"exp", ir(*Ra.Value, S)}};
      else
        Node = json{{"kind", "raise"}, {"exception", Ra.Exception}, {"args", std::move(Args)}};
      if (Ra.Cause)
        Node["cause"] = ir(*Ra.Cause, S);
      Out.push_back(record(std::move(Node), R));
      Out.push_back(std::move(SP));
      return;
    }

    case Stmt::Kind::If: {
      auto &I = cast<IfStmt>(St);
      Out.push_back(callStmt(FnIf, exprs(irLit(ir(*I.Cond, S), R)), R));
      I.Cond = call(FnBranch, exprs(std::move(I.Cond)), R);
      I.Then = block(std::move(I.Then), S, true);
      I.Else = block(std::move(I.Else), S, true);
      keepElifFlat(I);
      Out.push_back(std::move(SP));
      return;
    }

    case Stmt::Kind::While: {
      auto &W = cast<WhileStmt>(St);
      unsigned N = S.Loops.at(&W);
      Out.push_back(callStmt(
          FnWhile, exprs(std::make_unique<IntLitExpr>(std::to_string(N), R), irLit(ir(*W.Cond, S), R)),
          R));
      W.Cond = call(FnIterate, exprs(std::move(W.Cond)), R);
      S.OpenLoops.push_back(N);
      W.Body = block(std::move(W.Body), S, true);
      S.OpenLoops.pop_back();
      // `else` belongs to the loop's label body; break/continue there target an outer loop.
      W.OrElse = block(std::move(W.OrElse), S, true);
      Out.push_back(std::move(SP));
      return;
    }

    case Stmt::Kind::Break:
    case Stmt::Kind::Continue: {
      bool IsBreak = isa<BreakStmt>(St);
      if (S.OpenLoops.empty())
        throw CompileError(R, std::string("'") + (IsBreak ? "break" : "continue") +
                                  "' outside a loop");
      std::string Label = (IsBreak ? "'brk" : "'cont") + std::to_string(S.OpenLoops.back());
      Out.push_back(callStmt(FnJump, exprs(irLit(breakIR(Label, noneIR()), R)), R));
      Out.push_back(std::move(SP));
      return;
    }

    case Stmt::Kind::Return: {
      auto &Ret = cast<ReturnStmt>(St);
      if (!S.IsFunction)
        throw CompileError(R, "'return' outside a function");
      if (Ret.Value) {
        Out.push_back(record(breakIR("'ret", ir(*Ret.Value, S)), R));
        Ret.Value = call(FnReturning, exprs(std::move(Ret.Value)), R);
      } else {
        Out.push_back(callStmt(FnJump, exprs(irLit(breakIR("'ret", noneIR()), R)), R));
      }
      Out.push_back(std::move(SP));
      return;
    }

    case Stmt::Kind::FunctionDef: {
      auto &F = cast<FunctionDefStmt>(St);
      std::string Id = F.identity();
      const FunctionScope &FS = Scopes.of(F);
      json Tenv = json::object();
      for (const auto &N : FS.Frees)
        Tenv[N] = S.Names.cell(N);
      json Clos = {{"kind", "clos"}, {"function", Id}, {"tenv", std::move(Tenv)}};
      if (!F.Defaults.empty()) {
        json Defaults = json::array();
        for (const auto &X : F.Defaults)
          Defaults.push_back(ir(*X, S));
        Clos["defaults"] = std::move(Defaults);
      }
      Out.push_back(record(json{{"kind", "set"}, {"name", S.Names.variable(F.Name)}, {"named", std::move(Clos)}}, R));
      bool FallsOff = !(!F.Body.empty() && isa<ReturnStmt>(*F.Body.back()));
      StmtList Body;
      Body.push_back(callStmt(FnEnter, exprs(strLit(Id, R)), R));
      for (auto &B : scope(std::move(F.Body), &F))
        Body.push_back(std::move(B));
      if (FallsOff)
        Body.push_back(callStmt(FnJump, exprs(irLit(breakIR("'ret", noneIR()), R)), R));
      F.Body = std::move(Body);
      ExprList Params, CellParams;
      for (const auto &P : F.allParams()) {
        Params.push_back(strLit(P, R));
        if (FS.Cells.count(P))
          CellParams.push_back(strLit(P, R));
      }
      Out.push_back(std::move(SP));
      auto Tag = call(FnFunction,
                      exprs(nameRef(F.Name, R), strLit(Id, R),
                            std::make_unique<ListExpr>(std::move(Params), R),
                            std::make_unique<ListExpr>(std::move(CellParams), R),
                            std::make_unique<BoolLitExpr>(!FS.Frees.empty(), R)),
                      R);
      Out.push_back(std::make_unique<ExprStmt>(std::move(Tag), R));
      return;
    }

    case Stmt::Kind::Try: {
      // tok = _pyctl_try('<try node>'); each clause opens its body of the
      // node first (the token names the try, as an exception may leave
      // bodies of inner activations open) and closes it at its end.
      auto &T = cast<TryStmt>(St);
      std::string Token = "_pyctl_try" + std::to_string(NextTry++);
      Out.push_back(std::make_unique<AssignStmt>(nameRef(Token, R),
                                                 call(FnTry, exprs(irLit(tryIR(T, S.Names), R)), R), R));
      auto Clause = [&](StmtList Body, StmtPtr Open) {
        StmtList B = block(std::move(Body), S, true);
        if (Open)
          B.insert(B.begin(), std::move(Open));
        return B;
      };
      T.Body = Clause(std::move(T.Body), nullptr);
      for (size_t I = 0; I < T.Handlers.size(); ++I)
        T.Handlers[I].Body = Clause(
            std::move(T.Handlers[I].Body),
            callStmt(FnExcept, exprs(nameRef(Token, R), std::make_unique<IntLitExpr>(std::to_string(I), R)), R));
      if (!T.OrElse.empty())
        T.OrElse = Clause(std::move(T.OrElse), callStmt(FnElse, exprs(nameRef(Token, R)), R));
      if (!T.FinalBody.empty())
        T.FinalBody = Clause(std::move(T.FinalBody), callStmt(FnFinally, exprs(nameRef(Token, R)), R));
      Out.push_back(std::move(SP));
      return;
    }

    case Stmt::Kind::For:
      throw CompileError(R, std::string("'for' loop") + NotNormalised);
    }
    throw CompileError(R, "unknown statement kind");
  }
};

} // namespace

void InsertTracePass::run(Module &M) {
  if (M.UsedNames.count(TracerModuleVar))
    throw CompileError(SourceRange(), "the program is instrumented already ('insert-trace' ran twice?)");
  for (const auto &N : M.UsedNames)
    if (N == WrapperName || llvm::StringRef(N).startswith(ReservedPrefix))
      throw CompileError(SourceRange(), "the name '" + N + "' is reserved for insert-trace's "
                                        "instrumentation; rename it");

  bool Pulls = mayMapUserFunctions(M);
  ScopeAnalysis Scopes(M);
  Instrumenter I(Scopes);
  StmtList Body = I.scope(std::move(M.Body), nullptr);
  if (Pulls) {
    // map(f, xs) ==> _pyctl_map(f, xs): the tracer wraps a user function so
    // that the calls the iterator makes are recorded where items are pulled.
    // The IR strings were made already; builtins cannot be rebound, so every
    // callee named map or filter is the builtin. forEachExpr visits this
    // module's own (non-const) nodes.
    forEachExpr(Body, [](const Expr &E) {
      if (const auto *C = dyn_cast<CallExpr>(&E))
        if (const auto *N = dyn_cast<NameExpr>(C->Callee.get()); N && (N->Id == "map" || N->Id == "filter"))
          const_cast<NameExpr &>(*N).Id = N->Id == "map" ? FnMap : FnFilter;
    });
  }

  std::set<std::string> Vets = vetCalls(Body);

  // _pyctl_trace = __import__('pyctl_trace'); _pyctl_x = getattr(_pyctl_trace, '_pyctl_x') ...
  SourceRange R;
  StmtList Out;
  Out.push_back(std::make_unique<AssignStmt>(
      nameRef(TracerModuleVar, R), call("__import__", exprs(strLit(TracerModule, R)), R), R));
  std::vector<const char *> Imported(std::begin(ProtocolFunctions), std::end(ProtocolFunctions));
  if (I.UsesCallbacks)
    Imported.push_back(FnCallback);
  if (I.UsesUnpacking)
    for (const char *Fn : {FnCallEx, FnStar, FnKwSplat})
      Imported.push_back(Fn);
  if (Pulls) {
    Imported.push_back(FnMap);
    Imported.push_back(FnFilter);
  }
  for (const char *Fn : {FnType, FnMethod, FnOrdered, FnShown, FnRe, FnRaiseClass, FnRaiseValue, FnHash})
    if (Vets.count(Fn))
      Imported.push_back(Fn);
  for (const char *Fn : Imported)
    Out.push_back(std::make_unique<AssignStmt>(
        nameRef(Fn, R), call("getattr", exprs(nameRef(TracerModuleVar, R), strLit(Fn, R)), R), R));
  for (auto &S : Body)
    Out.push_back(std::move(S));

  // def serverless_function(trace, args): return _pyctl_entry(trace, args)
  StmtList WrapperBody;
  WrapperBody.push_back(std::make_unique<ReturnStmt>(
      call(FnEntry, exprs(nameRef("trace", R), nameRef("args", R)), R), R));
  Out.push_back(std::make_unique<FunctionDefStmt>(
      WrapperName, std::vector<std::string>{"trace", "args"}, std::move(WrapperBody), R));

  M.Body = std::move(Out);
  M.UsedNames.insert(TracerModuleVar);
  M.UsedNames.insert(WrapperName);
  for (const char *Fn : Imported)
    M.UsedNames.insert(Fn);
}
