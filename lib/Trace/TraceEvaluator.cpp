//===- TraceEvaluator.cpp - Run a normalised program, record its trace ----===//
//
// Execution walks the AST; recording walks the trace tree in step with it,
// through a Cursor (a body and a position in it). At each statement the cursor
// either finds the node an earlier loop iteration recorded there (traces
// record code, not values, so it is the same node) or fills the `unknown`
// with a new one. Static IR is only computed when a node is created, so
// re-walking a hot loop costs a few pointer moves per statement.
//
//===----------------------------------------------------------------------===//
#include "pyctl/Trace/TraceEvaluator.h"
#include "pyctl/Runtime/BoundMethod.h"
#include "pyctl/Runtime/MethodDescriptor.h"

#include "pyctl/AST/ArgumentBinding.h"
#include "pyctl/AST/Scope.h"
#include "pyctl/Basic/Diagnostics.h"
#include "pyctl/Runtime/PythonJSON.h"
#include "pyctl/Runtime/Attributes.h"
#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/ExceptionClasses.h"
#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/Set.h"
#include "pyctl/Runtime/Methods.h"
#include "pyctl/Runtime/Operators.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Repr.h"
#include "pyctl/Runtime/Subscript.h"
#include "pyctl/Runtime/ValueJSON.h"
#include "pyctl/Trace/ExprIR.h"
#include "pyctl/Runtime/RecursionDepth.h"

#include "llvm/Support/Casting.h"

#include <deque>
#include <utility>
#include <optional>
#include <unordered_map>

using namespace pyctl;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using json = nlohmann::json;

namespace pyctl {

/// A variable captured by a closure (CPython's cell): shared between the
/// defining activation and every closure made there.
using Cell = std::shared_ptr<std::optional<Value>>;

/// Where a name used in a function lives.
struct NameSlot {
  FunctionScope::NameKind Kind;
  /// Index into Frame::Slots (Local), Frame::Cells (Cell) or the closure's
  /// captured cells (Free); unused for Global.
  unsigned Index;
};

/// What the evaluator knows about one `def`, computed once.
struct FunctionInfo {
  const FunctionDefStmt *Def = nullptr;
  const FunctionScope *Scope = nullptr;
  std::string Identity;
  std::unordered_map<std::string, NameSlot> Names;
  unsigned NumSlots = 0, NumCells = 0;
  std::map<const Stmt *, unsigned> Loops;
};

/// A user function value: its def and the cells it captured, in the order
/// of its scope's Frees.
struct FunctionObject {
  const FunctionInfo *Info;
  std::vector<Cell> Captured;
  /// The values of the def's default parameter values, computed when it ran.
  std::vector<Value> Defaults;
};

} // namespace pyctl

namespace {

json unknownNode() { return json{{"kind", "unknown"}}; }
json noneNode() { return json{{"kind", "none"}}; }

bool isUnknown(const json &N) {
  auto It = N.find("kind");
  return It != N.end() && *It == "unknown";
}

/// `getattr(obj, 'name')` run for its effect alone (an expression
/// statement): the call, else null. Its value would be a bound method when
/// the name is a method, which the runtime does not model, so it is run as
/// lookupAttribute (Attributes.h), the check CPython's lookup makes.
const pyctl::CallExpr *droppedGetattr(const pyctl::Expr &E) {
  const auto *C = llvm::dyn_cast<pyctl::CallExpr>(&E);
  if (!C || !C->Keywords.empty() || C->Args.size() != 2 || !llvm::isa<pyctl::StrLitExpr>(*C->Args[1]) ||
      llvm::isa<pyctl::StarredExpr>(*C->Args[0]))
    return nullptr;
  const auto *Callee = llvm::dyn_cast<pyctl::NameExpr>(C->Callee.get());
  return Callee && Callee->Id == "getattr" ? C : nullptr;
}

/// A position in a trace body.
struct Cursor {
  json *Body;
  size_t Index = 0;
};

/// A fresh body holding only `unknown`.
json unknownBody() { return json::array({unknownNode()}); }

/// How a statement list finished.
enum class Flow { Normal, Break, Continue, Return };

/// One activation: the module's (Info null) or a function's.
struct Frame {
  const FunctionInfo *Info = nullptr;
  std::vector<std::optional<Value>> Slots;
  std::vector<Cell> Cells;
  /// The captured cells of the closure being run (null for the module).
  const std::vector<Cell> *Closure = nullptr;
  unsigned Depth = 0;
  TraceNameScope Names;
  const std::map<const Stmt *, unsigned> *Loops = nullptr;
  Value ReturnValue;
  /// Loop numbers of the enclosing loops, innermost last.
  std::vector<unsigned> LoopStack;
};

} // namespace

class TraceEvaluator::Impl {
public:
  Impl(const Module &M, const FunctionDefStmt &Entry) : M(M), Entry(Entry), Scopes(M) {
    ModuleLoops = numberLoops(M.Body);
    for (const auto &S : M.Body)
      if (const auto *D = dyn_cast<DeclareStmt>(S.get()))
        ModuleSlot.emplace(D->Name, unsigned(ModuleSlot.size()));
  }

  InvocationResult invoke(const std::vector<Value> &Args, json &Trace) {
    InvocationResult R;
    Trace = json{{"kind", "block"}, {"body", unknownBody()}};
    Cursor Root{&Trace["body"]};
    Stdout.clear();
    Meter.reset(Limits);
    Frame Module;
    Module.Slots.assign(ModuleSlot.size(), std::nullopt);
    Module.Loops = &ModuleLoops;
    Globals = &Module;
    try {
      Flow F = execStmts(M.Body, Module, Root);
      if (F != Flow::Normal)
        throw CompileError(SourceRange(), "'break', 'continue' or 'return' at module level");
      R.Result = callEntry(Args, Root);
      complete(Root);
    } catch (const PythonError &E) {
      R.Raised = true;
      R.ErrorType = E.type();
      R.ErrorMessage = E.message();
    }
    Globals = nullptr;
    R.Stdout = std::move(Stdout);
    Stdout.clear();
    return R;
  }

  const std::vector<std::string> &params() const { return Entry.Params; }

  /// The limits of each invocation (see TraceEvaluator::setLimits).
  ResourceLimits Limits;
  /// The module's `__name__`, which names user functions in some TypeErrors.
  std::string ModuleName = "__main__";

private:
  const Module &M;
  const FunctionDefStmt &Entry;
  std::map<const Stmt *, unsigned> ModuleLoops;
  std::unordered_map<std::string, unsigned> ModuleSlot;
  ScopeAnalysis Scopes;
  std::map<const FunctionDefStmt *, std::unique_ptr<FunctionInfo>> Infos;
  Frame *Globals = nullptr;
  std::string Stdout;
  /// The exceptions being handled, innermost last (CPython's exc_info).
  std::vector<std::shared_ptr<const ExceptionObject>> Handling;
  /// The callback call the statement being run makes (isCallbackCall), and
  /// its IR, where its key function's calls are recorded.
  const Expr *CallbackCall = nullptr;
  json *CallbackNode = nullptr;
  /// Sets CallbackCall/CallbackNode for one statement; unset afterwards.
  struct CallbackScope {
    Impl &I;
    CallbackScope(Impl &I, const Expr &Value, json *Node) : I(I) {
      if (isCallbackCall(Value)) {
        I.CallbackCall = &Value;
        I.CallbackNode = Node;
      }
    }
    ~CallbackScope() {
      I.CallbackCall = nullptr;
      I.CallbackNode = nullptr;
    }
  };
  /// The pulling point (isPullCall) the statement being run makes, with the
  /// frame running it: the user-function calls a map/filter iterator makes
  /// while it runs are recorded in its `pullCallback` label. Cleared for
  /// every other statement, restored when a statement ends.
  struct PullPoint {
    json *Node = nullptr;
    Frame *F = nullptr;
  } Pull;
  struct PullScope {
    Impl &I;
    PullPoint Saved;
    explicit PullScope(Impl &I) : I(I), Saved(I.Pull) { I.Pull = PullPoint(); }
    void set(const Expr &Value, json *Node, Frame &F) {
      if (isPullCall(Value))
        I.Pull = PullPoint{Node, &F};
    }
    ~PullScope() { I.Pull = Saved; }
  };
  /// How map/filter iterators call a user function (BuiltinContext::IteratorCall).
  std::function<Value(const Value &, std::vector<Value>)> PullHandler = [this](const Value &Callee,
                                                                               std::vector<Value> Args) {
    return pulledCall(Callee, std::move(Args));
  };
  unsigned CallDepth = 0;
  /// The gas of the running invocation: one tick per `while` test and per
  /// user call, where compiled code calls ctx.tick().
  ResourceMeter Meter;

  const FunctionInfo &info(const FunctionDefStmt &F) {
    auto &Slot = Infos[&F];
    if (!Slot) {
      Slot = std::make_unique<FunctionInfo>();
      Slot->Def = &F;
      Slot->Scope = &Scopes.of(F);
      Slot->Identity = F.identity();
      using K = FunctionScope::NameKind;
      for (const auto &N : Slot->Scope->Locals) {
        K Kind = Slot->Scope->kindOf(N);
        Slot->Names.emplace(N, NameSlot{Kind, Kind == K::Cell ? Slot->NumCells++ : Slot->NumSlots++});
      }
      for (size_t I = 0; I < Slot->Scope->Frees.size(); ++I)
        Slot->Names.emplace(Slot->Scope->Frees[I], NameSlot{K::Free, unsigned(I)});
      Slot->Loops = numberLoops(F.Body);
    }
    return *Slot;
  }

  // --- Trace recording -----------------------------------------------------
  /// The node at the cursor, created by \p Make when the cursor is at
  /// `unknown`; the cursor moves past it. A node already there must be of
  /// kind \p Kind (any kind when null).
  template <typename MakeFn> json &visit(Cursor &C, const char *Kind, MakeFn Make) {
    json &Body = *C.Body;
    if (C.Index >= Body.size())
      throw std::logic_error("trace recording out of step: a finished block continues");
    if (!isUnknown(Body[C.Index])) {
      json &N = Body[C.Index++];
      if (Kind && N["kind"] != Kind)
        throw std::logic_error("trace recording out of step: found " + N["kind"].dump() +
                               ", expected " + Kind);
      return N;
    }
    Body[C.Index] = Make();
    Body.push_back(unknownNode());
    return Body[C.Index++];
  }

  /// The block's end was reached: drop its trailing `unknown`.
  static void complete(Cursor &C) {
    json &Body = *C.Body;
    if (C.Index + 1 == Body.size() && isUnknown(Body[C.Index]))
      Body.erase(Body.begin() + C.Index);
  }

  // --- Names ---------------------------------------------------------------
  /// The storage of \p Name in \p F: a local slot, a cell's content, or a
  /// module slot (null when the name is not a variable: a builtin, or unknown).
  std::optional<Value> *variable(Frame &F, const std::string &Name) {
    if (F.Info) {
      auto It = F.Info->Names.find(Name);
      if (It != F.Info->Names.end()) {
        switch (It->second.Kind) {
        case FunctionScope::NameKind::Local: return &F.Slots[It->second.Index];
        case FunctionScope::NameKind::Cell: return F.Cells[It->second.Index].get();
        case FunctionScope::NameKind::Free: return (*F.Closure)[It->second.Index].get();
        case FunctionScope::NameKind::Global: break;
        }
      }
    }
    auto It = ModuleSlot.find(Name);
    return It == ModuleSlot.end() ? nullptr : &Globals->Slots[It->second];
  }

  FunctionScope::NameKind kindOf(Frame &F, const std::string &Name) {
    if (F.Info) {
      auto It = F.Info->Names.find(Name);
      if (It != F.Info->Names.end())
        return It->second.Kind;
    }
    return FunctionScope::NameKind::Global;
  }

  Value readName(Frame &F, const std::string &Name) {
    if (std::optional<Value> *V = variable(F, Name)) {
      if (*V)
        return **V;
      switch (kindOf(F, Name)) {
      case FunctionScope::NameKind::Local:
      case FunctionScope::NameKind::Cell:
        throw PythonError("UnboundLocalError", "cannot access local variable '" + Name +
                                                   "' where it is not associated with a value");
      case FunctionScope::NameKind::Free:
        throw PythonError("NameError", "cannot access free variable '" + Name +
                                           "' where it is not associated with a value in enclosing scope");
      case FunctionScope::NameKind::Global: break;
      }
    }
    if (isBuiltinName(Name) || isBuiltinExceptionClassName(Name))
      return Value::builtin(Name);
    throw PythonError("NameError", "name '" + Name + "' is not defined");
  }

  void storeName(Frame &F, const std::string &Name, Value V) {
    std::optional<Value> *S = variable(F, Name);
    if (!S)
      throw CompileError(SourceRange(), "assignment to undeclared name '" + Name +
                                            "': the program is not normalised (run 'anf' first)");
    *S = std::move(V);
  }

  /// Stores `Old Op R` in variable \p Name, which held \p Old before R was
  /// evaluated (`x = x + e`, Op "+", or `x += e`, Op "+="). When both are strs
  /// and the variable still holds Old's object, R's text is appended to it in
  /// place if no other value shares it (Value::appendToUnsharedStr, CPython's
  /// in-place str concatenation); the result is the same either way.
  void storeSum(Frame &F, const std::string &Name, Value Old, const Value &R,
                const std::string &Op) {
    if (Old.isStr() && R.isStr()) {
      std::optional<Value> *S = variable(F, Name);
      if (S && *S && (*S)->isStr() && (*S)->objectIdentity() == Old.objectIdentity()) {
        Old = Value(); // drop this reference: the variable's may be the only one
        if ((*S)->appendToUnsharedStr(R))
          return;
        Old = **S;
      }
    }
    storeName(F, Name, applyBinaryOperator(Op, Old, R));
  }

  // --- Expressions ---------------------------------------------------------
  Value eval(const Expr &E, Frame &F) {
    switch (E.getKind()) {
    case Expr::Kind::Name: return readName(F, cast<NameExpr>(E).Id);
    case Expr::Kind::IntLit: return intLiteral(cast<IntLitExpr>(E));
    case Expr::Kind::FloatLit: return Value::floating(cast<FloatLitExpr>(E).Value);
    case Expr::Kind::StrLit: return Value::str(cast<StrLitExpr>(E).Value);
    case Expr::Kind::BoolLit: return Value::boolean(cast<BoolLitExpr>(E).Value);
    case Expr::Kind::NoneLit: return Value::none();
    case Expr::Kind::Tuple: return Value::tuple(evalItems(cast<TupleExpr>(E).Elts, F));
    case Expr::Kind::List: return Value::list(evalItems(cast<ListExpr>(E).Elts, F));
    case Expr::Kind::Set: return evalSetDisplay(cast<SetExpr>(E), F);
    case Expr::Kind::Subscript: {
      const auto &S = cast<SubscriptExpr>(E);
      Value Container = eval(*S.Value, F);
      if (const auto *Sl = dyn_cast<SliceExpr>(S.Index.get())) {
        auto [Lo, Hi, St] = sliceParts(*Sl, F);
        return getSlice(Container, Lo, Hi, St);
      }
      Value Index = eval(*S.Index, F);
      return getItem(Container, Index);
    }
    case Expr::Kind::Dict: {
      const auto &D = cast<DictExpr>(E);
      Value Out = Value::dict();
      for (size_t I = 0; I < D.Keys.size(); ++I) {
        if (const auto *S = dyn_cast<StarredExpr>(D.Keys[I].get())) {
          Value M = eval(*S->Value, F);
          if (!M.isDict())
            throw PythonError("TypeError", "'" + std::string(typeName(M)) + "' object is not a mapping");
          std::vector<std::pair<Value, Value>> Items;
          M.asDict()->forEach([&](const Dict::Entry &E) { Items.emplace_back(E.Key, E.Val); });
          for (auto &[K, V] : Items)
            setItem(Out, K, V);
          continue;
        }
        Value K = eval(*D.Keys[I], F);
        Value V = eval(*D.Values[I], F);
        setItem(Out, K, V);
      }
      return Out;
    }
    case Expr::Kind::IfExp: {
      const auto &I = cast<IfExpExpr>(E);
      return eval(truthy(eval(*I.Cond, F)) ? *I.Then : *I.Else, F);
    }
    case Expr::Kind::Attribute:
      throw CompileError(E.Range, "unsupported construct: attribute access outside a method call");
    case Expr::Kind::Slice:
      throw CompileError(E.Range, "slice outside a subscript");
    case Expr::Kind::Starred:
      throw CompileError(E.Range, "'*' outside a display or a call");
    case Expr::Kind::Comprehension:
      throw CompileError(E.Range, "comprehension not lowered to a loop: the program is not in A-normal form "
                                  "(run the 'anf' pipeline first)");
    case Expr::Kind::Named:
      throw CompileError(E.Range, "assignment expression ':=' not lowered to statements: the program is not in "
                                  "A-normal form (run the 'anf' pipeline first)");
    case Expr::Kind::Unary: {
      const auto &U = cast<UnaryExpr>(E);
      Value V = eval(*U.Operand, F);
      if (U.Op == "not")
        return Value::boolean(!truthy(V));
      return unaryOp(*unaryOpFromSpelling(U.Op), V);
    }
    case Expr::Kind::Binary: {
      const auto &B = cast<BinaryExpr>(E);
      Value L = eval(*B.LHS, F);
      Value R = eval(*B.RHS, F);
      return applyBinaryOperator(B.Op, L, R);
    }
    case Expr::Kind::BoolOp: {
      const auto &B = cast<BoolOpExpr>(E);
      Value L = eval(*B.LHS, F);
      if (truthy(L) != B.IsAnd)
        return L;
      return eval(*B.RHS, F);
    }
    case Expr::Kind::Compare: {
      const auto &C = cast<CompareExpr>(E);
      Value Left = eval(*C.Operands[0], F);
      Value Result;
      for (size_t I = 0; I < C.Ops.size(); ++I) {
        Value Right = eval(*C.Operands[I + 1], F);
        Result = applyBinaryOperator(C.Ops[I], Left, Right);
        if (I + 1 < C.Ops.size() && !truthy(Result))
          return Result;
        Left = std::move(Right);
      }
      return Result;
    }
    case Expr::Kind::Call: {
      const auto &C = cast<CallExpr>(E);
      if (const auto *Method = dyn_cast<AttributeExpr>(C.Callee.get())) {
        Value Self = eval(*Method->Value, F);
        // CPython looks the method up before it evaluates the arguments.
        if (!hasMethod(Self, Method->Attr))
          missingAttribute(Self, Method->Attr);
        // CPython names the receiver's type here (bool.bit_length), or the
        // class itself for a classmethod called on it (dict.fromkeys).
        CallArgs A = evalCallArgs(C, F,
                                  [&] { return methodFunctionStr(Self, Method->Attr); },
                                  Self.isStr() && Method->Attr == "format");
        std::vector<Value> Args = std::move(A.Positional);
        KeywordArgs Kwargs = A.keywordArgs();
        BuiltinContext Ctx = builtinContext(F, &E == CallbackCall ? CallbackNode : nullptr);
        return callMethod(Self, Method->Attr, std::move(Args), Kwargs, Ctx);
      }
      const auto *Callee = dyn_cast<NameExpr>(C.Callee.get());
      if (!Callee || !isBuiltinName(Callee->Id))
        throw CompileError(E.Range, "call of a user function inside an expression: the program is "
                                    "not in A-normal form (run the 'anf' pipeline first)");
      CallArgs A = evalCallArgs(C, F, [&] { return Callee->Id + "()"; });
      std::vector<Value> Args = std::move(A.Positional);
      KeywordArgs Kwargs = A.keywordArgs();
      if (Kwargs.empty() && Callee->Id != "map" && Callee->Id != "filter")
        return callBuiltin(Callee->Id, std::move(Args), Stdout);
      BuiltinContext Ctx = builtinContext(F, &E == CallbackCall ? CallbackNode : nullptr);
      return callBuiltin(Callee->Id, std::move(Args), Kwargs, Ctx);
    }
    }
    throw CompileError(E.Range, "unknown expression kind");
  }

  /// What builtins need to call back: the output buffer, and a way to run a
  /// user function (a `key=` of sorted, min, max, list.sort). \p CallNode is
  /// the IR of the builtin call when it is a callback call (isCallbackCall):
  /// each call of the key function is then recorded, inlined and guarded, in
  /// the call's `callback` label (docs/trace-format.md, Callbacks).
  BuiltinContext builtinContext(Frame &F, json *CallNode = nullptr) {
    return BuiltinContext{Stdout, [this, &F, CallNode](const Value &Callee, std::vector<Value> Args) {
                            if (!Callee.isFunction())
                              throw PythonError("TypeError", "'" + std::string(typeName(Callee)) +
                                                                 "' object is not callable");
                            if (!CallNode)
                              throw UnsupportedError("a builtin called a user function it was not given "
                                                     "as a literal 'key=' argument (e.g. through '**')");
                            const json *KeyIR = nullptr;
                            for (const json &K : (*CallNode)["keywords"])
                              if (K["name"] == "key")
                                KeyIR = &K["value"];
                            Cursor LB{&(*CallNode)["callback"]["body"]};
                            return inlineCall(Callee, CallArgs{std::move(Args), {}, {}, {}, {}}, F, LB, ArmKind::Callback,
                                              nullptr, [&] { return *KeyIR; },
                                              [](size_t I) { return json{{"kind", "callbackArg"}, {"index", I}}; },
                                              [](size_t) { return json(); });
                          },
                          &PullHandler};
  }

  /// A map/filter iterator calls user function \p Callee with \p Args as an
  /// item is pulled: recorded, inlined and guarded by `isFunction
  /// [callbackFn, ID]`, in the `pullCallback` label of the running pulling
  /// point (docs/trace-format.md, map and filter). Outside one, nothing
  /// would record the call: UnsupportedError.
  Value pulledCall(const Value &Callee, std::vector<Value> Args) {
    if (!Pull.Node)
      throw UnsupportedError("a map() or filter() iterator called a user function (or lambda) where "
                             "items are pulled outside a builtin or method call statement");
    PullPoint P = Pull;
    Cursor LB{&(*P.Node)["pullCallback"]["body"]};
    try {
      return inlineCall(Callee, CallArgs{std::move(Args), {}, {}, {}, {}}, *P.F, LB, ArmKind::Pull, nullptr,
                        [] { return json{{"kind", "callbackFn"}}; },
                        [](size_t I) { return json{{"kind", "callbackArg"}, {"index", I}}; },
                        [](size_t) { return json(); });
    } catch (const PythonError &E) {
      // CPython would end the consumer's iteration here (map.__next__ lets it
      // out), after a raise the trace has already recorded as an exception.
      if (E.type() == "StopIteration")
        throw UnsupportedError("a map() or filter() function raised StopIteration, which ends the "
                               "iteration that pulled the item");
      throw;
    }
  }

  /// A set display as CPython 3.11 runs it: the items before the first
  /// `*iterable` are evaluated, then added (BUILD_SET); each later item is
  /// evaluated and added (SET_ADD) or merged (SET_UPDATE). A display of
  /// constants is a frozenset merged into a new set.
  Value evalSetDisplay(const SetExpr &D, Frame &F) {
    if (D.Fold == SetExpr::Folding::Constant)
      return makeSetFromConstants(evalItems(D.Elts, F), D.IteratedByFor);
    size_t FirstStar = 0;
    std::vector<Value> Prefix;
    for (; FirstStar < D.Elts.size() && !llvm::isa<StarredExpr>(*D.Elts[FirstStar]); ++FirstStar)
      Prefix.push_back(eval(*D.Elts[FirstStar], F));
    Value S = makeSet(Prefix);
    for (size_t I = FirstStar; I < D.Elts.size(); ++I) {
      if (const auto *Star = dyn_cast<StarredExpr>(D.Elts[I].get()))
        setUpdate(S, eval(*Star->Value, F));
      else
        setAdd(S, eval(*D.Elts[I], F));
    }
    if (D.Fold == SetExpr::Folding::Unsure)
      S.asSet()->OrderKnown = false;
    return S;
  }

  /// The arguments of one call: positional values, then keyword names and
  /// values in call order (a `**m` contributes m's items), and how many values
  /// each source argument gave (Counts: per positional item, then per keyword
  /// item; SplatKeys: the keys of each `**m`, empty for a named keyword).
  struct CallArgs {
    std::vector<Value> Positional;
    std::vector<std::string> KwNames;
    std::vector<Value> KwValues;
    std::vector<size_t> Counts;
    std::vector<std::vector<std::string>> SplatKeys;
    KeywordArgs keywordArgs() const {
      KeywordArgs Out;
      for (size_t I = 0; I < KwNames.size(); ++I)
        Out.emplace_back(KwNames[I], KwValues[I]);
      return Out;
    }
  };

  static bool isIterable(const Value &V) {
    switch (V.kind()) {
    case Value::Kind::Str: case Value::Kind::List: case Value::Kind::Tuple: case Value::Kind::Dict:
    case Value::Kind::DictView: case Value::Kind::Range: case Value::Kind::Set: case Value::Kind::Iterator:
      return true;
    default:
      return false;
    }
  }

  /// Evaluates the arguments of call \p C as CPython 3.11 does (its
  /// compiler's call sequence): positional items left to right, a `*it`
  /// unpacked where it stands, except a lone `*it` (the only positional
  /// item), which is unpacked after the keywords; keywords left to right, a
  /// run of `name=v` merged after its last value and a `**m` merged right
  /// after m, each merge checking for repeated names; then the names must be
  /// strs. \p FnStr gives the callee as CPython's messages show it ("f()").
  /// Raises TypeError with CPython's messages. \p IgnoreNonStrKeys: the
  /// callee takes the merged dict as it is and ignores keys that are not
  /// strs (CPython's `str.format`, a METH_VARARGS | METH_KEYWORDS method
  /// called without vectorcall, whose fields can only name str keys), so
  /// they are dropped instead of raising "keywords must be strings".
  /// \p RefuseNonStrSplat: a `**` dict with a key that is not a str is
  /// refused (UnsupportedError) right after it is evaluated, before it is
  /// merged (`str.format` held in a variable, which the Python tracer's call
  /// probe cannot receive such keys for).
  template <typename FnStrFn>
  CallArgs evalCallArgs(const CallExpr &C, Frame &F, FnStrFn FnStr, bool IgnoreNonStrKeys = false,
                        bool RefuseNonStrSplat = false) {
    CallArgs Out;
    bool LoneStar = C.Args.size() == 1 && isa<StarredExpr>(*C.Args[0]);
    std::optional<Value> Lone;
    for (const auto &X : C.Args) {
      if (const auto *S = dyn_cast<StarredExpr>(X.get())) {
        Value V = eval(*S->Value, F);
        if (LoneStar) {
          Lone = std::move(V);
          Out.Counts.push_back(0);
          continue;
        }
        if (!isIterable(V))
          throw PythonError("TypeError", "Value after * must be an iterable, not " + std::string(typeName(V)));
        std::vector<Value> Items = iterate(V);
        Out.Counts.push_back(Items.size());
        for (Value &I : Items)
          Out.Positional.push_back(std::move(I));
        continue;
      }
      Out.Positional.push_back(eval(*X, F));
      Out.Counts.push_back(1);
    }
    std::vector<Value> Keys; // as merged; strs checked at the end
    auto Merge = [&](const Value &K, Value V) {
      for (const Value &Seen : Keys)
        if (pyEquals(Seen, K)) {
          Value Text = callBuiltin("str", {K}, Stdout);
          throw PythonError("TypeError", FnStr() + " got multiple values for keyword argument '" +
                                             Text.asStr() + "'");
        }
      Keys.push_back(K);
      Out.KwValues.push_back(std::move(V));
    };
    size_t RunStart = 0;
    std::vector<Value> Run;
    auto FlushRun = [&] {
      for (size_t I = 0; I < Run.size(); ++I)
        Merge(Value::str(C.Keywords[RunStart + I].Name), std::move(Run[I]));
      Run.clear();
    };
    for (size_t KI = 0; KI < C.Keywords.size(); ++KI) {
      const KeywordArg &K = C.Keywords[KI];
      if (!K.isDoubleStar()) {
        if (Run.empty())
          RunStart = KI;
        Run.push_back(eval(*K.Value, F));
        Out.Counts.push_back(1);
        Out.SplatKeys.emplace_back();
        continue;
      }
      FlushRun();
      Value M = eval(*K.Value, F);
      if (!M.isDict())
        throw PythonError("TypeError", FnStr() + " argument after ** must be a mapping, not " +
                                           std::string(typeName(M)));
      std::vector<Value> MKeys = M.asDict()->keys(), MValues = M.asDict()->values();
      if (RefuseNonStrSplat && std::any_of(MKeys.begin(), MKeys.end(), [](const Value &K) { return !K.isStr(); }))
        throw UnsupportedError("a '**' dict with a key that is not a str in a call of str.format held in a variable");
      Out.Counts.push_back(MKeys.size());
      Out.SplatKeys.emplace_back();
      for (size_t I = 0; I < MKeys.size(); ++I) {
        Merge(MKeys[I], MValues[I]);
        if (MKeys[I].isStr())
          Out.SplatKeys.back().push_back(MKeys[I].asStr());
      }
    }
    FlushRun();
    if (Lone) {
      if (!isIterable(*Lone))
        throw PythonError("TypeError", FnStr() + " argument after * must be an iterable, not " +
                                           std::string(typeName(*Lone)));
      Out.Positional = iterate(*Lone);
      Out.Counts[0] = Out.Positional.size();
    }
    std::vector<Value> Values = std::move(Out.KwValues);
    Out.KwValues.clear();
    for (size_t I = 0; I < Keys.size(); ++I) {
      if (!Keys[I].isStr()) {
        if (IgnoreNonStrKeys)
          continue;
        throw PythonError("TypeError", "keywords must be strings");
      }
      Out.KwNames.push_back(Keys[I].asStr());
      Out.KwValues.push_back(std::move(Values[I]));
    }
    return Out;
  }

  /// The items of a list or tuple display, left to right; a `*iterable` item
  /// contributes the iterable's items (iterated when it is reached).
  std::vector<Value> evalItems(const ExprList &Es, Frame &F) {
    std::vector<Value> Out;
    for (const auto &X : Es) {
      if (const auto *S = dyn_cast<StarredExpr>(X.get())) {
        Value Spread = eval(*S->Value, F);
        if (!isIterable(Spread)) // CPython's LIST_EXTEND
          throw PythonError("TypeError",
                            "Value after * must be an iterable, not " + std::string(typeName(Spread)));
        for (Value &V : iterate(Spread))
          Out.push_back(std::move(V));
        continue;
      }
      Out.push_back(eval(*X, F));
    }
    return Out;
  }

  /// The keyword arguments of a builtin or method call, evaluated in order.
  KeywordArgs evalKeywords(const CallExpr &C, Frame &F) {
    KeywordArgs Out;
    for (const auto &K : C.Keywords)
      Out.emplace_back(K.Name, eval(*K.Value, F));
    return Out;
  }

  /// The evaluated parts of a slice, None where omitted.
  std::tuple<Value, Value, Value> sliceParts(const SliceExpr &Sl, Frame &F) {
    auto Part = [&](const ExprPtr &P) { return P ? eval(*P, F) : Value::none(); };
    Value Lo = Part(Sl.Lower);
    Value Hi = Part(Sl.Upper);
    return {std::move(Lo), std::move(Hi), Part(Sl.Step)};
  }

  /// Int literals, parsed once.
  std::unordered_map<const IntLitExpr *, Value> IntLiterals;
  const Value &intLiteral(const IntLitExpr &E) {
    auto It = IntLiterals.find(&E);
    if (It == IntLiterals.end())
      It = IntLiterals.emplace(&E, Value::integer(*Int::parse(E.Value, 10))).first;
    return It->second;
  }

  // --- Statements ----------------------------------------------------------
  /// Runs a statement list; a list that finishes normally completes its body.
  Flow execBody(const StmtList &Body, Frame &F, Cursor &C) {
    Flow Fl = execStmts(Body, F, C);
    if (Fl == Flow::Normal)
      complete(C);
    return Fl;
  }

  /// Runs a statement list without completing its body (a function body,
  /// which the implicit `return None` still follows).
  Flow execStmts(const StmtList &Body, Frame &F, Cursor &C) {
    for (const auto &S : Body) {
      Flow Fl = exec(*S, F, C);
      if (Fl != Flow::Normal)
        return Fl;
    }
    return Flow::Normal;
  }

  /// The lvalue IR of variable \p Name.
  json identifierIR(Frame &F, const std::string &Name) { return F.Names.variable(Name); }

  /// The lvalue IR of an assignment target (exprToIR spells targets and
  /// expressions alike: a tuple of targets is the `tuple` lvalue).
  json targetIR(const Expr &T, Frame &F) { return exprToIR(T, F.Names); }

  /// Stores \p V into target \p T, evaluating subscript parts now (Python
  /// evaluates targets after the value, left to right).
  void assignTo(const Expr &T, Value V, Frame &F) {
    if (const auto *N = dyn_cast<NameExpr>(&T)) {
      storeName(F, N->Id, std::move(V));
      return;
    }
    if (const auto *S = dyn_cast<SubscriptExpr>(&T)) {
      Value Container = eval(*S->Value, F);
      if (const auto *Sl = dyn_cast<SliceExpr>(S->Index.get())) {
        auto [Lo, Hi, St] = sliceParts(*Sl, F);
        setSlice(Container, Lo, Hi, St, V);
        return;
      }
      Value Index = eval(*S->Index, F);
      setItem(Container, Index, std::move(V));
      return;
    }
    const auto &Tu = cast<TupleExpr>(T);
    size_t Star = Tu.Elts.size();
    for (size_t I = 0; I < Tu.Elts.size(); ++I)
      if (llvm::isa<StarredExpr>(*Tu.Elts[I]))
        Star = I;
    if (Star == Tu.Elts.size()) {
      std::vector<Value> Items = unpack(V, Tu.Elts.size());
      for (size_t I = 0; I < Items.size(); ++I)
        assignTo(*Tu.Elts[I], std::move(Items[I]), F);
      return;
    }
    // a, *b, c = xs: the starred target takes a list of what the others leave.
    std::vector<Value> Items = unpackItems(V);
    size_t Fixed = Tu.Elts.size() - 1;
    if (Items.size() < Fixed)
      throw PythonError("ValueError", "not enough values to unpack (expected at least " +
                                          std::to_string(Fixed) + ", got " + std::to_string(Items.size()) + ")");
    size_t After = Tu.Elts.size() - Star - 1, Rest = Items.size() - Fixed;
    for (size_t I = 0; I < Star; ++I)
      assignTo(*Tu.Elts[I], Items[I], F);
    std::vector<Value> Middle(Items.begin() + Star, Items.begin() + Star + Rest);
    assignTo(*cast<StarredExpr>(*Tu.Elts[Star]).Value, Value::list(std::move(Middle)), F);
    for (size_t I = 0; I < After; ++I)
      assignTo(*Tu.Elts[Star + 1 + I], Items[Star + Rest + I], F);
  }

  /// The items of \p V for unpacking into targets; a non-iterable raises
  /// CPython's TypeError for unpacking ("cannot unpack non-iterable int object").
  static std::vector<Value> unpackItems(const Value &V) {
    try {
      return iterate(V);
    } catch (const PythonError &E) {
      if (E.type() != "TypeError")
        throw;
      throw PythonError("TypeError", "cannot unpack non-iterable " + std::string(typeName(V)) + " object");
    }
  }

  /// CPython's unpacking of an iterable into exactly \p N targets.
  static std::vector<Value> unpack(const Value &V, size_t N) {
    std::vector<Value> Items;
    if (V.isIterator()) {
      // As CPython: take N items, then one more to check there are no more.
      while (Items.size() <= N)
        if (std::optional<Value> Item = V.asIterator()->next())
          Items.push_back(std::move(*Item));
        else
          break;
    } else {
      Items = unpackItems(V);
    }
    if (Items.size() > N)
      throw PythonError("ValueError", "too many values to unpack (expected " + std::to_string(N) + ")");
    if (Items.size() < N)
      throw PythonError("ValueError", "not enough values to unpack (expected " + std::to_string(N) +
                                          ", got " + std::to_string(Items.size()) + ")");
    return Items;
  }

  Flow exec(const Stmt &S, Frame &F, Cursor &C) {
    // No statement but a pulling point's own may record pulled calls.
    PullScope NoPull(*this);
    switch (S.getKind()) {
    case Stmt::Kind::Declare: {
      const auto &D = cast<DeclareStmt>(S);
      bool IsCell = kindOf(F, D.Name) == FunctionScope::NameKind::Cell;
      visit(C, "let", [&] {
        return json{{"kind", "let"}, {"name", F.Names.spell(D.Name)},
                    {"named", {{"kind", IsCell ? "newCell" : "undefined"}}}};
      });
      if (IsCell)
        F.Cells[F.Info->Names.at(D.Name).Index] = std::make_shared<std::optional<Value>>();
      else if (auto *Slot = variable(F, D.Name))
        *Slot = std::nullopt;
      return Flow::Normal;
    }
    case Stmt::Kind::Assign: {
      const auto &A = cast<AssignStmt>(S);
      if (isUserCall(*A.Value)) {
        const auto *N = dyn_cast<NameExpr>(A.Target.get());
        if (!N)
          throw CompileError(S.Range, "call result assigned to a non-name target: the program is "
                                      "not in A-normal form (run the 'anf' pipeline first)");
        Value V = callUser(cast<CallExpr>(*A.Value), F, C, &N->Id);
        storeName(F, N->Id, std::move(V));
        return Flow::Normal;
      }
      json &Node = visit(C, "set", [&] {
        return json{{"kind", "set"}, {"name", targetIR(*A.Target, F)}, {"named", exprToIR(*A.Value, F.Names)}};
      });
      CallbackScope CB(*this, *A.Value, &Node["named"]);
      PullScope PS(*this);
      PS.set(*A.Value, &Node["named"], F);
      if (const auto *N = dyn_cast<NameExpr>(A.Target.get()))
        if (const auto *B = dyn_cast<BinaryExpr>(A.Value.get()))
          if (const auto *L = dyn_cast<NameExpr>(B->LHS.get()); L && B->Op == "+" && L->Id == N->Id) {
            // `x = x + e`: as eval of the BinaryExpr, but a str may grow in place.
            Value Old = readName(F, N->Id);
            Value R = eval(*B->RHS, F);
            storeSum(F, N->Id, std::move(Old), R, B->Op);
            return Flow::Normal;
          }
      Value V = eval(*A.Value, F);
      assignTo(*A.Target, std::move(V), F);
      return Flow::Normal;
    }
    case Stmt::Kind::AugAssign: {
      const auto &A = cast<AugAssignStmt>(S);
      std::string Op = augmentedOpIR(A.Op);
      visit(C, "set", [&] {
        return json{{"kind", "set"},
                    {"name", targetIR(*A.Target, F)},
                    {"named", {{"kind", "binop"}, {"op", Op}, {"e1", exprToIR(*A.Target, F.Names)},
                               {"e2", exprToIR(*A.Value, F.Names)}}}};
      });
      // Every augmented operator runs as CPython's in-place one (its
      // TypeError names "<<=", "**=", ...), whatever spelling the trace
      // records (docs/trace-format.md, "In-place operators").
      std::optional<BinaryOp> Arith = binaryOpFromSpelling(A.Op);
      if (!Arith)
        throw UnsupportedError("augmented assignment with operator " + A.Op + "=");
      if (const auto *N = dyn_cast<NameExpr>(A.Target.get())) {
        Value Old = readName(F, N->Id);
        Value R = eval(*A.Value, F);
        // str += str appends in place when nothing else holds the string.
        if (*Arith == BinaryOp::Add && Old.isStr() && R.isStr())
          storeSum(F, N->Id, std::move(Old), R, Op);
        else
          storeName(F, N->Id, inplaceOp(*Arith, Old, R));
        return Flow::Normal;
      }
      const auto &Sub = cast<SubscriptExpr>(*A.Target);
      Value Container = eval(*Sub.Value, F);
      if (const auto *Sl = dyn_cast<SliceExpr>(Sub.Index.get())) {
        // xs[a:b] += v: one slice object serves the read and the store.
        auto [Lo, Hi, St] = sliceParts(*Sl, F);
        Value Old = getSlice(Container, Lo, Hi, St);
        Value R = eval(*A.Value, F);
        setSlice(Container, Lo, Hi, St, inplaceOp(*Arith, Old, R));
        return Flow::Normal;
      }
      Value Index = eval(*Sub.Index, F);
      Value Old = getItem(Container, Index);
      Value R = eval(*A.Value, F);
      setItem(Container, Index, inplaceOp(*Arith, Old, R));
      return Flow::Normal;
    }
    case Stmt::Kind::ExprStmt: {
      const auto &E = cast<ExprStmt>(S);
      if (isUserCall(*E.Value)) {
        callUser(cast<CallExpr>(*E.Value), F, C, nullptr);
        return Flow::Normal;
      }
      json &Node = visit(C, nullptr, [&] { return exprToIR(*E.Value, F.Names); });
      CallbackScope CB(*this, *E.Value, &Node);
      PullScope PS(*this);
      PS.set(*E.Value, &Node, F);
      if (const auto *Lookup = droppedGetattr(*E.Value)) {
        lookupAttribute(eval(*Lookup->Args[0], F), cast<StrLitExpr>(*Lookup->Args[1]).Value);
        return Flow::Normal;
      }
      eval(*E.Value, F);
      return Flow::Normal;
    }
    case Stmt::Kind::Pass:
    case Stmt::Kind::Annotation: // accepted annotations are effect-free (AST.h): nothing to run
    case Stmt::Kind::MainGuard:  // never runs in an imported module (AST.h)
    case Stmt::Kind::Global:   // declarations: resolved by ScopeAnalysis
    case Stmt::Kind::Nonlocal: return Flow::Normal;
    case Stmt::Kind::Del: {
      const auto &D = cast<DelStmt>(S);
      visit(C, "del", [&] { return json{{"kind", "del"}, {"exp", targetIR(*D.Target, F)}}; });
      if (const auto *N = dyn_cast<NameExpr>(D.Target.get())) {
        readName(F, N->Id); // deleting an unbound name raises as reading it does
        *variable(F, N->Id) = std::nullopt;
        return Flow::Normal;
      }
      const auto &Sub = cast<SubscriptExpr>(*D.Target);
      Value Container = eval(*Sub.Value, F);
      if (const auto *Sl = dyn_cast<SliceExpr>(Sub.Index.get())) {
        auto [Lo, Hi, St] = sliceParts(*Sl, F);
        delSlice(Container, Lo, Hi, St);
      } else {
        delItem(Container, eval(*Sub.Index, F));
      }
      return Flow::Normal;
    }
    case Stmt::Kind::Raise: {
      const auto &Ra = cast<RaiseStmt>(S);
      if (Ra.isReraise()) {
        // A bare `raise`: the exception being handled, the same object.
        visit(C, "reraise", [&] { return json{{"kind", "reraise"}}; });
        if (Handling.empty())
          throw PythonError("RuntimeError", "No active exception to reraise");
        throw PythonError(Handling.back());
      }
      const char *Kind = Ra.CallsValue ? "raiseCall" : Ra.Value ? "raiseValue" : "raise";
      visit(C, Kind, [&] {
        json Node;
        json Args = json::array();
        for (const auto &A : Ra.Args)
          Args.push_back(exprToIR(*A, F.Names));
        if (Ra.CallsValue)
          Node = json{{"kind", "raiseCall"}, {"exp", exprToIR(*Ra.Value, F.Names)}, {"args", std::move(Args)}};
        else if (Ra.Value)
          Node = json{{"kind", "raiseValue"}, {"exp", exprToIR(*Ra.Value, F.Names)}};
        else
          Node = json{{"kind", "raise"}, {"exception", Ra.Exception}, {"args", std::move(Args)}};
        if (Ra.Cause)
          Node["cause"] = exprToIR(*Ra.Cause, F.Names);
        return Node;
      });
      // CPython evaluates the exception, then the cause, then checks both.
      if (Ra.Value && !Ra.CallsValue) {
        Value Raised = eval(*Ra.Value, F);
        bool IsClass = Raised.isBuiltin() && isKnownExceptionClass(Raised.builtinName());
        if (IsClass) // refused before the cause, as the Python tracer does
          checkRaisableClass(Raised.builtinName());
        std::optional<Value> Cause;
        if (Ra.Cause)
          Cause = eval(*Ra.Cause, F);
        // `raise KeyError` through a variable: the class called without arguments.
        if (IsClass) {
          checkRaiseCause(Cause);
          throw PythonError(newException(Raised.builtinName(), {}));
        }
        if (!Raised.isException())
          throw PythonError("TypeError", "exceptions must derive from BaseException");
        checkRaiseCause(Cause);
        throw PythonError(Raised.asException());
      }
      // `raise E(args)`, or `raise cls(args)` for a variable cls: the callee,
      // then the arguments, then the call.
      std::string Type = Ra.Exception;
      std::optional<Value> Callee;
      if (Ra.CallsValue)
        Callee = eval(*Ra.Value, F);
      std::vector<Value> Args;
      for (const auto &A : Ra.Args)
        Args.push_back(eval(*A, F));
      if (Callee) {
        if (!Callee->isBuiltin() || !isKnownExceptionClass(Callee->builtinName()))
          throw UnsupportedError("raise of a call of a '" + std::string(typeName(*Callee)) +
                                 "' value (pyctl raises only exception classes held in variables)");
        Type = Callee->builtinName();
        checkRaisableClass(Type);
      }
      std::shared_ptr<ExceptionObject> Exc = newException(Type, std::move(Args));
      std::optional<Value> Cause;
      if (Ra.Cause)
        Cause = eval(*Ra.Cause, F);
      checkRaiseCause(Cause);
      throw PythonError(std::move(Exc));
    }
    case Stmt::Kind::Try: return execTry(cast<TryStmt>(S), F, C);
    case Stmt::Kind::If: {
      const auto &I = cast<IfStmt>(S);
      json &Node = visit(C, "if", [&] {
        return json{{"kind", "if"}, {"cond", exprToIR(*I.Cond, F.Names)},
                    {"truePart", unknownBody()}, {"falsePart", unknownBody()}};
      });
      bool Taken = truthy(eval(*I.Cond, F));
      Cursor Arm{&Node[Taken ? "truePart" : "falsePart"]};
      return execBody(Taken ? I.Then : I.Else, F, Arm);
    }
    case Stmt::Kind::While: return execWhile(cast<WhileStmt>(S), F, C);
    case Stmt::Kind::Break:
    case Stmt::Kind::Continue: {
      bool IsBreak = S.getKind() == Stmt::Kind::Break;
      std::string Label = std::string(IsBreak ? "'brk" : "'cont") + std::to_string(F.LoopStack.back());
      visit(C, "break", [&] { return json{{"kind", "break"}, {"name", Label}, {"value", noneNode()}}; });
      return IsBreak ? Flow::Break : Flow::Continue;
    }
    case Stmt::Kind::Return: {
      const auto &R = cast<ReturnStmt>(S);
      if (R.Value && isUserCall(*R.Value))
        throw CompileError(S.Range, "call in 'return': the program is not in A-normal form");
      visit(C, "break", [&] {
        return json{{"kind", "break"}, {"name", "'ret"},
                    {"value", R.Value ? exprToIR(*R.Value, F.Names) : noneNode()}};
      });
      F.ReturnValue = R.Value ? eval(*R.Value, F) : Value::none();
      return Flow::Return;
    }
    case Stmt::Kind::FunctionDef: {
      const auto &D = cast<FunctionDefStmt>(S);
      const FunctionInfo &Info = info(D);
      visit(C, "set", [&] {
        json Tenv = json::object();
        for (const auto &N : Info.Scope->Frees)
          Tenv[N] = F.Names.cell(N);
        json Clos = {{"kind", "clos"}, {"function", Info.Identity}, {"tenv", std::move(Tenv)}};
        if (!D.Defaults.empty()) {
          json Defaults = json::array();
          for (const auto &X : D.Defaults)
            Defaults.push_back(exprToIR(*X, F.Names));
          Clos["defaults"] = std::move(Defaults);
        }
        return json{{"kind", "set"}, {"name", identifierIR(F, D.Name)}, {"named", std::move(Clos)}};
      });
      auto Obj = std::make_shared<FunctionObject>(FunctionObject{&Info, {}, {}});
      for (const auto &X : D.Defaults)
        Obj->Defaults.push_back(eval(*X, F));
      for (const auto &N : Info.Scope->Frees) {
        const NameSlot &Where = F.Info->Names.at(N);
        Obj->Captured.push_back(Where.Kind == FunctionScope::NameKind::Cell ? F.Cells[Where.Index]
                                                                             : (*F.Closure)[Where.Index]);
      }
      // CPython's __qualname__, which repr shows (`a.<locals>.b.<locals>.c`, a lambda's
      // `f.<locals>.<lambda>`).
      storeName(F, D.Name, Value::function(std::move(Obj), D.qualName()));
      return Flow::Normal;
    }
    case Stmt::Kind::For:
      throw CompileError(S.Range, "'for' loop: the program is not normalised (run 'for-to-while' first)");
    }
    throw CompileError(S.Range, "unknown statement kind");
  }

  /// The exception \p E as a value (`except E as e`): the raised object when
  /// there is one, else one made from the runtime's type and message.
  static std::shared_ptr<const ExceptionObject> exceptionObject(const PythonError &E) {
    if (E.object())
      return E.object();
    auto O = std::make_shared<ExceptionObject>();
    O->Type = E.type();
    O->Message = E.message();
    if (E.type() == "KeyError")
      O->ArgsKnown = false; // the message is repr(key); the key is gone
    else if (!E.message().empty())
      O->Args.push_back(Value::str(E.message()));
    return O;
  }

  /// Pushes an exception on the stack of those being handled (what a bare
  /// `raise` re-raises) for as long as it lives.
  struct Handle {
    std::vector<std::shared_ptr<const ExceptionObject>> &Stack;
    Handle(std::vector<std::shared_ptr<const ExceptionObject>> &S, std::shared_ptr<const ExceptionObject> E)
        : Stack(S) {
      Stack.push_back(std::move(E));
    }
    ~Handle() { Stack.pop_back(); }
  };

  /// `try` (docs/trace-format.md section 6, Exceptions): CPython's order of
  /// body, matching handler, `else` and `finally`, each clause recorded in
  /// its own body of the `try` node.
  Flow execTry(const TryStmt &T, Frame &F, Cursor &C) {
    json &Node = visit(C, "try", [&] { return tryIR(T, F.Names); });
    size_t Loops = F.LoopStack.size();
    std::optional<PythonError> Pending; // to re-raise after `finally`
    Flow Fl = Flow::Normal;
    // Runs one clause into its body of the node; an exception that leaves
    // it becomes Pending (and the loops it left are left).
    auto Clause = [&](const StmtList &Stmts, json &Body) {
      try {
        Cursor Cur{&Body};
        Fl = execBody(Stmts, F, Cur);
      } catch (const PythonError &E) {
        F.LoopStack.resize(Loops);
        Pending = E;
      }
    };
    Clause(T.Body, Node["body"]);
    if (Pending) {
      std::shared_ptr<const ExceptionObject> Exc = exceptionObject(*Pending);
      for (size_t I = 0; I < T.Handlers.size(); ++I) {
        const ExceptHandler &H = T.Handlers[I];
        bool Match = H.Types.empty() && !H.TypeExpr;
        for (const auto &Ty : H.Types)
          Match = Match || exceptionMatches(Exc->Type, Ty);
        if (H.TypeExpr) {
          // `except errors`: read when the exception gets here; an exception
          // it raises (or CPython's TypeError for what is no exception class)
          // replaces the one being matched.
          try {
            Match = handlerMatches(eval(*H.TypeExpr, F), Exc->Type);
          } catch (const PythonError &E) {
            Pending = E;
            break;
          }
        }
        if (!Match)
          continue;
        Pending.reset();
        if (!H.Name.empty())
          storeName(F, H.Name, Value::exception(Exc));
        {
          Handle Active(Handling, Exc);
          Clause(H.Body, Node["handlers"][I]["body"]);
        }
        // CPython deletes the name however the handler is left.
        if (!H.Name.empty())
          *variable(F, H.Name) = std::nullopt;
        break;
      }
    } else if (Fl == Flow::Normal && !T.OrElse.empty()) {
      Clause(T.OrElse, Node["orelse"]);
    }
    if (!T.FinalBody.empty()) {
      // `finally` on the way out of an exception handles it meanwhile.
      std::optional<Handle> Active;
      if (Pending) {
        std::shared_ptr<const ExceptionObject> Exc = exceptionObject(*Pending);
        Pending = PythonError(Exc);
        Active.emplace(Handling, Exc);
      }
      Cursor Final{&Node["finalbody"]};
      Flow FF = execBody(T.FinalBody, F, Final);
      if (FF != Flow::Normal)
        return FF; // replaces the pending exit or exception
    }
    if (Pending)
      throw *Pending;
    return Fl;
  }

  Flow execWhile(const WhileStmt &W, Frame &F, Cursor &C) {
    unsigned N = F.Loops->at(&W);
    std::string Brk = "'brk" + std::to_string(N), Cont = "'cont" + std::to_string(N);
    json &Label = visit(C, "label", [&] {
      return json{{"kind", "label"}, {"name", Brk}, {"body", unknownBody()}};
    });
    Cursor LabelBody{&Label["body"]};
    json &Loop = visit(LabelBody, "while", [&] {
      return json{{"kind", "while"}, {"cond", exprToIR(*W.Cond, F.Names)}, {"body", unknownBody()}};
    });
    F.LoopStack.push_back(N);
    Flow Fl = runIterations(W, F, Loop, Cont);
    F.LoopStack.pop_back();
    if (Fl == Flow::Break)
      return Flow::Normal; // the 'brk label absorbs it; its body was left early
    if (Fl == Flow::Return)
      return Fl;
    // `else` runs after the loop, where break/continue mean the outer loop.
    return execBody(W.OrElse, F, LabelBody);
  }

  /// The iterations of a while loop: Normal when the condition became false.
  Flow runIterations(const WhileStmt &W, Frame &F, json &Loop, const std::string &Cont) {
    for (;;) {
      Meter.tick();
      if (!truthy(eval(*W.Cond, F)))
        return Flow::Normal;
      Cursor LoopBody{&Loop["body"]};
      json &ContLabel = visit(LoopBody, "label", [&] {
        return json{{"kind", "label"}, {"name", Cont}, {"body", unknownBody()}};
      });
      Cursor ContBody{&ContLabel["body"]};
      Flow Fl = execBody(W.Body, F, ContBody);
      if (Fl == Flow::Break || Fl == Flow::Return)
        return Fl;
      complete(LoopBody); // Normal or Continue: the 'cont label finished
    }
  }

  // --- Calls ---------------------------------------------------------------

  /// Runs a user call statement (`x = f(a)` when \p Target is set, else
  /// `f(a)`) and records it with its guard (docs/trace-format.md, User calls).
  Value callUser(const CallExpr &Call, Frame &F, Cursor &C, const std::string *Target) {
    Value Callee = eval(*Call.Callee, F);
    if (Callee.isBuiltin() || Callee.isBoundMethod())
      return callBuiltinValue(Call, Callee, F, C, Target);
    if (hasUnpacking(Call) || keywordOrderMatters(Call, F))
      return callUnpacking(Call, Callee, F, C, Target);
    CallArgs Args;
    for (const auto &A : Call.Args)
      Args.Positional.push_back(eval(*A, F));
    for (const auto &K : Call.Keywords) {
      Args.KwNames.push_back(K.Name);
      Args.KwValues.push_back(eval(*K.Value, F));
    }
    return inlineCall(Callee, std::move(Args), F, C, Target ? ArmKind::Set : ArmKind::Bare, Target,
                      [&] { return exprToIR(*Call.Callee, F.Names); },
                      [&](size_t I) { return exprToIR(*Call.Args[I], F.Names); },
                      [&](size_t K) { return exprToIR(*Call.Keywords[K].Value, F.Names); });
  }

  /// Walks (or grows) the chain of `if (isFunction [F, string IDENTITY])`
  /// guards at \p C to the guard of \p Identity and returns it; the falseParts
  /// passed through are pushed to \p FalseParts (the caller completes them
  /// once the call is recorded). \p CalleeIR gives F's IR for a new guard.
  template <typename CalleeIRFn>
  json &guardFor(Cursor &C, const std::string &Identity, const CalleeIRFn &CalleeIR,
                 std::deque<Cursor> &FalseParts) {
    Cursor *Cur = &C;
    for (;;) {
      json &Node = visit(*Cur, "if", [&] {
        json Guard = {{"kind", "primApp"},
                      {"event", "isFunction"},
                      {"eventArgs", json::array({CalleeIR(), {{"kind", "string"}, {"value", Identity}}})}};
        return json{{"kind", "if"}, {"cond", std::move(Guard)}, {"truePart", unknownBody()},
                    {"falsePart", unknownBody()}};
      });
      if (guardIdentity(Node) == Identity)
        return Node;
      FalseParts.push_back(Cursor{&Node["falsePart"]});
      Cur = &FalseParts.back();
    }
  }

  /// A user call statement whose callee holds a builtin function, class,
  /// method descriptor or bound method (`f = len; n = f(x)`;
  /// docs/trace-format.md, Builtins called through a variable): the arguments
  /// are evaluated, then `if (isFunction [F, string "builtin len"]) [set x =
  /// primApp len [A...]] [unknown]` is recorded (a bound method: `methodCall
  /// (primApp getattr [F, string "__self__"]) NAME [A...]` under "method
  /// TYPE.NAME"), then the builtin runs, so compiled code calls the builtin
  /// the trace saw or falls back.
  Value callBuiltinValue(const CallExpr &Call, const Value &Callee, Frame &F, Cursor &C, const std::string *Target) {
    if (Callee.isBuiltin() && !isBuiltinName(Callee.builtinName()) && !isMethodDescriptor(Callee.builtinName()))
      throw UnsupportedError("calling the class '" + Callee.builtinName() + "'");
    std::string Name = Callee.isBuiltin() ? Callee.builtinName() : Callee.asBoundMethod()->Name;
    // CPython's _PyObject_FunctionStr names the callee in the argument
    // TypeErrors: "max()", "math.sqrt()", "str.lower()", and for a bound
    // method its __qualname__, the receiver's class: "list.append()",
    // "bool.bit_length()", "Pattern.search()".
    bool IsFormat = false;
    std::string FnStr = Name + "()";
    if (Callee.isBoundMethod()) {
      const Value &Self = Callee.asBoundMethod()->Self;
      FnStr = methodFunctionStr(Self, Name);
      IsFormat = Self.isStr() && Name == "format";
    }
    CallArgs A = evalCallArgs(Call, F, [&] { return FnStr; }, false, IsFormat);
    std::string Identity = builtinCalleeIdentity(Callee);
    bool Callback = isCallbackThroughVariable(Identity, Call, F);
    auto IsUser = [](const Value &V) { return V.isFunction(); };
    bool UserArg = std::any_of(A.Positional.begin(), A.Positional.end(), IsUser);
    for (size_t I = 0; I < A.KwNames.size(); ++I)
      UserArg |= A.KwValues[I].isFunction() && !(Callback && A.KwNames[I] == "key");
    if (UserArg)
      throw UnsupportedError("a user function (or lambda) passed to a builtin called through a variable");
    json CalleeIR = exprToIR(*Call.Callee, F.Names);
    // Walk (or grow) the guard chain to this builtin's guard, as inlineCall does.
    std::deque<Cursor> FalseParts;
    json *GuardNode = &guardFor(C, Identity, [&] { return CalleeIR; }, FalseParts);
    for (Cursor &FP : FalseParts)
      complete(FP);
    json ArgIRs = json::array();
    for (const auto &Arg : Call.Args)
      ArgIRs.push_back(exprToIR(*Arg, F.Names));
    json Keywords = json::array();
    for (const auto &K : Call.Keywords)
      Keywords.push_back(json{{"name", K.isDoubleStar() ? "**" : K.Name}, {"value", exprToIR(*K.Value, F.Names)}});
    json CallIR = Callee.isBuiltin()
                      ? json{{"kind", "primApp"}, {"event", Name}, {"eventArgs", std::move(ArgIRs)}}
                      : json{{"kind", "methodCall"},
                             {"e", {{"kind", "primApp"},
                                    {"event", "getattr"},
                                    {"eventArgs", json::array({CalleeIR, {{"kind", "string"}, {"value", "__self__"}}})}}},
                             {"method", Name},
                             {"methodCallArgs", std::move(ArgIRs)}};
    if (!Keywords.empty())
      CallIR["keywords"] = std::move(Keywords);
    if (Callback)
      CallIR["callback"] = json{{"kind", "label"}, {"name", "'cb"}, {"body", unknownBody()}};
    Cursor Arm{&(*GuardNode)["truePart"]};
    json *CallNode;
    if (Target)
      CallNode = &visit(Arm, "set", [&] {
                    return json{{"kind", "set"}, {"name", identifierIR(F, *Target)}, {"named", CallIR}};
                  })["named"];
    else
      CallNode = &visit(Arm, CallIR["kind"].get<std::string>().c_str(), [&] { return CallIR; });
    complete(Arm);
    // A user key function's calls are recorded in the node's callback label
    // (docs/trace-format.md, Callbacks), as for `sorted(xs, key=f)`.
    BuiltinContext Ctx = builtinContext(F, Callback ? CallNode : nullptr);
    Value Result = Callee.isBuiltin() ? callBuiltin(Name, std::move(A.Positional), A.keywordArgs(), Ctx)
                                      : callBoundMethod(Callee, std::move(A.Positional), A.keywordArgs(), Ctx);
    return Result;
  }

  /// Whether a call of the builtin \p Identity held in a variable is a
  /// callback call (docs/trace-format.md, Builtins called through a
  /// variable): `sorted`, `min`, `max` or a list's `sort` with a `key=`
  /// keyword whose IR is neither `none` nor a builtin, as isCallbackCall
  /// decides for a direct call. Its node then carries a `callback` label.
  static bool isCallbackThroughVariable(const std::string &Identity, const CallExpr &Call, Frame &F) {
    if (Identity != "builtin sorted" && Identity != "builtin min" && Identity != "builtin max" &&
        Identity != "method list.sort")
      return false;
    for (const auto &K : Call.Keywords)
      if (!K.isDoubleStar() && K.Name == "key") {
        std::string Kind = exprToIR(*K.Value, F.Names).value("kind", "");
        return Kind != "none" && Kind != "builtin";
      }
    return false;
  }

  /// Whether evaluating an argument cannot have an effect or depend on another's: a name, a
  /// constant, a cell read.
  static bool inertIR(const json &N) {
    std::string K = N.value("kind", "");
    if (K == "identifier" || K == "integer" || K == "number" || K == "string" || K == "boolean" ||
        K == "none")
      return true;
    return (K == "deref" || K == "from") && inertIR(N["exp"]);
  }

  /// Whether a call with keywords has an argument whose evaluation must keep its place: the
  /// callee's `let`s follow the parameters' order, not the call's, so such a call binds from
  /// temporaries made in call order (callUnpacking).
  static bool keywordOrderMatters(const CallExpr &Call, Frame &F) {
    if (Call.Keywords.empty())
      return false;
    for (const auto &A : Call.Args)
      if (!inertIR(exprToIR(*A, F.Names)))
        return true;
    for (const auto &K : Call.Keywords)
      if (!inertIR(exprToIR(*K.Value, F.Names)))
        return true;
    return false;
  }

  /// The method \p Name of \p Self as CPython's _PyObject_FunctionStr shows
  /// it in argument TypeErrors: its __qualname__, the receiver's class and
  /// the name ("bool.bit_length()", "Pattern.search()", "Match.group()"), or
  /// the class itself for a classmethod called on it ("dict.fromkeys()").
  static std::string methodFunctionStr(const Value &Self, const std::string &Name) {
    std::string Owner = Self.isBuiltin()   ? Self.builtinName()
                        : Self.isMatch()   ? "Match"
                        : Self.isPattern() ? "Pattern"
                                           : std::string(typeName(Self));
    return Owner + "." + Name + "()";
  }

  static bool hasUnpacking(const CallExpr &Call) {
    for (const auto &A : Call.Args)
      if (isa<StarredExpr>(*A))
        return true;
    for (const auto &K : Call.Keywords)
      if (K.isDoubleStar())
        return true;
    return false;
  }

  /// A user call with `*` or `**` arguments (docs/trace-format.md, Unpacking
  /// in user calls): inside the callee's guard, `let $aN$D` of each argument
  /// in call order (a `*it` as `primApp tuple`, a `**m` as `primApp
  /// starKwargs`; a lone `*it` is made a tuple after the keywords, in
  /// `$sN$D`), then one guard per unpacked argument on its length
  /// (`argCount`) or its key sequence (`argKeys`), each growing a chain like
  /// callee guards; the parameters are bound from `index`es of those names.
  Value callUnpacking(const CallExpr &Call, const Value &Callee, Frame &F, Cursor &C, const std::string *Target) {
    CallArgs Args = evalCallArgs(Call, F, [&] {
      if (Callee.isFunction()) {
        // CPython's _PyObject_FunctionStr: the function's __module__ (the
        // module's __name__), then its __qualname__; no module for builtins.
        const std::string &QualName = Callee.asFunction()->Info->Def->qualName();
        return (ModuleName == "builtins" ? QualName : ModuleName + "." + QualName) + "()";
      }
      return callBuiltin("str", {Callee}, Stdout).asStr();
    });
    // Args is moved into inlineCall: the prelude uses these copies.
    const std::vector<size_t> Counts = Args.Counts;
    const std::vector<std::vector<std::string>> SplatKeys = Args.SplatKeys;
    const std::string D = "$" + std::to_string(F.Depth);
    const size_t NP = Call.Args.size();
    bool LoneStar = NP == 1 && isa<StarredExpr>(*Call.Args[0]);
    auto Temp = [&](const char *P, size_t N) {
      return json{{"kind", "identifier"}, {"name", std::string(P) + std::to_string(N) + D}};
    };
    auto Let = [&](const char *P, size_t N, json V) {
      return json{{"kind", "let"}, {"name", std::string(P) + std::to_string(N) + D}, {"named", std::move(V)}};
    };
    // IR of every positional value and every keyword value, from the temporaries.
    std::vector<json> PosIR, KwIR;
    for (size_t I = 0; I < NP; ++I) {
      if (!isa<StarredExpr>(*Call.Args[I])) {
        PosIR.push_back(Temp("$a", I));
        continue;
      }
      for (size_t J = 0; J < Counts[I]; ++J)
        PosIR.push_back(json{{"kind", "index"}, {"exp", Temp(LoneStar ? "$s" : "$a", I)},
                             {"index", {{"kind", "integer"}, {"value", J}}}});
    }
    for (size_t K = 0; K < Call.Keywords.size(); ++K) {
      if (!Call.Keywords[K].isDoubleStar()) {
        KwIR.push_back(Temp("$a", NP + K));
        continue;
      }
      for (const std::string &Key : SplatKeys[K])
        KwIR.push_back(json{{"kind", "index"}, {"exp", Temp("$a", NP + K)},
                            {"index", {{"kind", "string"}, {"value", Key}}}});
    }
    auto Prelude = [&](Cursor &Arm, std::deque<Cursor> &Keep) -> Cursor * {
      for (size_t I = 0; I < NP; ++I) {
        json IR;
        if (const auto *S = dyn_cast<StarredExpr>(Call.Args[I].get())) {
          IR = exprToIR(*S->Value, F.Names);
          if (!LoneStar)
            IR = json{{"kind", "primApp"}, {"event", "tuple"}, {"eventArgs", json::array({std::move(IR)})}};
        } else {
          IR = exprToIR(*Call.Args[I], F.Names);
        }
        visit(Arm, "let", [&] { return Let("$a", I, std::move(IR)); });
      }
      for (size_t K = 0; K < Call.Keywords.size(); ++K) {
        json IR = exprToIR(*Call.Keywords[K].Value, F.Names);
        if (Call.Keywords[K].isDoubleStar())
          IR = json{{"kind", "primApp"}, {"event", "starKwargs"}, {"eventArgs", json::array({std::move(IR)})}};
        visit(Arm, "let", [&] { return Let("$a", NP + K, std::move(IR)); });
      }
      if (LoneStar)
        visit(Arm, "let", [&] {
          return Let("$s", 0, json{{"kind", "primApp"}, {"event", "tuple"}, {"eventArgs", json::array({Temp("$a", 0)})}});
        });
      // One guard chain per unpacked argument.
      std::vector<json> Conds;
      for (size_t I = 0; I < NP; ++I)
        if (isa<StarredExpr>(*Call.Args[I]))
          Conds.push_back(json{{"kind", "primApp"}, {"event", "argCount"},
                               {"eventArgs", json::array({Temp(LoneStar ? "$s" : "$a", I),
                                                          {{"kind", "integer"}, {"value", Counts[I]}}})}});
      for (size_t K = 0; K < Call.Keywords.size(); ++K)
        if (Call.Keywords[K].isDoubleStar()) {
          json EA = json::array({Temp("$a", NP + K)});
          for (const std::string &Key : SplatKeys[K])
            EA.push_back({{"kind", "string"}, {"value", Key}});
          Conds.push_back(json{{"kind", "primApp"}, {"event", "argKeys"}, {"eventArgs", std::move(EA)}});
        }
      Cursor *Cur = &Arm;
      for (json &Cond : Conds) {
        for (;;) {
          json &Node = visit(*Cur, "if", [&] {
            return json{{"kind", "if"}, {"cond", Cond}, {"truePart", unknownBody()}, {"falsePart", unknownBody()}};
          });
          if (Node["cond"] == Cond) {
            Keep.push_back(Cursor{&Node["truePart"]});
            Cur = &Keep.back();
            break;
          }
          Keep.push_back(Cursor{&Node["falsePart"]});
          Cur = &Keep.back();
          ShapeFalseParts.push_back(Cur);
        }
      }
      return Cur;
    };
    return inlineCall(Callee, std::move(Args), F, C, Target ? ArmKind::Set : ArmKind::Bare, Target,
                      [&] { return exprToIR(*Call.Callee, F.Names); },
                      [&](size_t I) { return PosIR[I]; }, [&](size_t K) { return KwIR[K]; }, Prelude);
  }
  /// The falseParts a shape guard chain passed through (completed with the call).
  std::vector<Cursor *> ShapeFalseParts;

  /// What a guard's truePart holds: `set x = block` (a call assigned to x),
  /// the bare `block` (an expression statement), or `break 'cb block` (a
  /// call of a key function inside a callback label).
  enum class ArmKind { Set, Bare, Callback, Pull };

  /// `raise ... from Cause`: CPython accepts an exception, an exception
  /// class (which it instantiates) or None as the cause and otherwise raises
  /// TypeError instead of the exception.
  static void checkRaiseCause(const std::optional<Value> &Cause) {
    if (Cause && !Cause->isException() && !Cause->isNone() &&
        !(Cause->isBuiltin() && isKnownExceptionClass(Cause->builtinName())))
      throw PythonError("TypeError", "exception causes must derive from BaseException");
    // The class is called with no arguments; of the classes pyctl knows only
    // JSONDecodeError needs some.
    if (Cause && Cause->isBuiltin() && Cause->builtinName() == "JSONDecodeError")
      throw PythonError("TypeError", "JSONDecodeError.__init__() missing 3 required positional arguments: "
                                     "'msg', 'doc', and 'pos'");
  }

  /// CPython's `except Classes` of an exception of class \p Raised, for a
  /// Classes value read from a variable: an exception class, or a tuple of
  /// them (not nested); anything else raises TypeError.
  static bool handlerMatches(const Value &Classes, const std::string &Raised) {
    auto IsClass = [](const Value &V) { return V.isBuiltin() && isKnownExceptionClass(V.builtinName()); };
    auto Invalid = [] {
      throw PythonError("TypeError", "catching classes that do not inherit from BaseException is not allowed");
    };
    if (Classes.isTuple()) {
      for (const Value &C : Classes.asTuple())
        if (!IsClass(C))
          Invalid();
      for (const Value &C : Classes.asTuple())
        if (exceptionMatches(Raised, C.builtinName()))
          return true;
      return false;
    }
    if (!IsClass(Classes))
      Invalid();
    return exceptionMatches(Raised, Classes.builtinName());
  }

  /// Raising the exception class \p Type held in a variable: refused for
  /// the classes an invocation could not end with (isRaisableExceptionClassName).
  static void checkRaisableClass(const std::string &Type) {
    if (!isRaisableExceptionClassName(Type))
      throw UnsupportedError("raise of the exception class '" + Type +
                             "' (pyctl raises the builtin classes derived from Exception only)");
  }

  /// A new exception of class \p Type made from \p Args, as CPython's
  /// BaseException.__init__ keeps them: str(exc) is its single argument's
  /// str() (a KeyError's repr()), or the args tuple's repr.
  static std::shared_ptr<ExceptionObject> newException(const std::string &Type, std::vector<Value> Args) {
    auto Exc = std::make_shared<ExceptionObject>();
    Exc->Type = Type;
    Exc->Args = std::move(Args);
    const auto &A = Exc->Args;
    Exc->Message = A.empty()       ? ""
                   : A.size() == 1 ? (Type == "KeyError" ? repr(A[0]) : str(A[0]))
                                   : repr(Value::tuple(A));
    return Exc;
  }

  /// Calls user function \p Callee from frame \p F and records the call at
  /// \p C: the guard chain, then the inlined activation (docs/trace-format.md,
  /// User calls). \p Target names the variable for ArmKind::Set.
  template <typename CalleeIRFn, typename ArgIRFn, typename KwIRFn>
  Value inlineCall(const Value &Callee, CallArgs Args, Frame &F, Cursor &C, ArmKind Arm,
                   const std::string *Target, CalleeIRFn CalleeIR, ArgIRFn ArgIR, KwIRFn KwIR) {
    return inlineCall(Callee, std::move(Args), F, C, Arm, Target, CalleeIR, ArgIR, KwIR,
                      [](Cursor &Arm, std::deque<Cursor> &) { return &Arm; });
  }

  /// As above; \p Prelude records what comes before the call's node in the
  /// guard's truePart (given its cursor) and returns the cursor to record the
  /// call's node at.
  template <typename CalleeIRFn, typename ArgIRFn, typename KwIRFn, typename PreludeFn>
  Value inlineCall(const Value &Callee, CallArgs Args, Frame &F, Cursor &C, ArmKind Arm,
                   const std::string *Target, CalleeIRFn CalleeIR, ArgIRFn ArgIR, KwIRFn KwIR,
                   PreludeFn Prelude) {
    if (Callee.isBuiltin())
      throw UnsupportedError("calling builtin '" + Callee.builtinName() +
                             "' through a variable is not supported");
    if (!Callee.isFunction())
      throw PythonError("TypeError", "'" + std::string(typeName(Callee)) + "' object is not callable");
    const FunctionInfo &Info = *Callee.asFunction()->Info;
    std::vector<ParamSource> Binding = bindArguments(*Info.Def, Args.Positional.size(), Args.KwNames);
    if (CallDepth + 1 > TraceEvaluator::MaxCallDepth)
      throw UnsupportedError("recursion deeper than " + std::to_string(TraceEvaluator::MaxCallDepth) +
                             " calls");

    // Walk (or grow) the guard chain to this callee's guard.
    std::deque<Cursor> FalseParts;
    json *GuardNode = &guardFor(C, Info.Identity, CalleeIR, FalseParts);
    // Each falsePart the chain passed through ends with the next guard, which
    // finished once the call is recorded (even if the callee then raises).
    for (Cursor &FP : FalseParts)
      complete(FP);

    Cursor GuardArm{&(*GuardNode)["truePart"]};
    std::deque<Cursor> ShapeCursors;
    ShapeFalseParts.clear();
    Cursor &ArmBody = *Prelude(GuardArm, ShapeCursors);
    for (Cursor *FP : ShapeFalseParts)
      complete(*FP);
    ShapeFalseParts.clear();
    const char *NodeKind = Arm == ArmKind::Set ? "set" : Arm == ArmKind::Bare ? "block" : "break";
    json &Outer = visit(ArmBody, NodeKind, [&] {
      json Block = json{{"kind", "block"}, {"body", unknownBody()}};
      if (Arm == ArmKind::Bare)
        return Block;
      if (Arm == ArmKind::Callback || Arm == ArmKind::Pull)
        return json{{"kind", "break"}, {"name", Arm == ArmKind::Pull ? "'pull" : "'cb"}, {"value", std::move(Block)}};
      return json{{"kind", "set"}, {"name", identifierIR(F, *Target)}, {"named", std::move(Block)}};
    });
    json &Block = Arm == ArmKind::Set ? Outer["named"] : Arm == ArmKind::Bare ? Outer : Outer["value"];
    Cursor BlockBody{&Block["body"]};
    Value Result = runFunction(*Callee.asFunction(), Args, Binding, BlockBody, F.Depth + 1, CalleeIR, ArgIR, KwIR);
    complete(BlockBody);
    // A callback's arm and label body were left by `break 'cb`: they keep
    // their trailing `unknown`.
    if (Arm != ArmKind::Callback && Arm != ArmKind::Pull) {
      complete(ArmBody);
      for (Cursor &SC : ShapeCursors)
        if (&SC != &ArmBody)
          complete(SC);
      if (&GuardArm != &ArmBody)
        complete(GuardArm);
    }
    return Result;
  }

  /// Records (or revisits) the node binding parameter \p Param of \p Info
  /// (made by \p Make). A revisited node must bind it from the same IR: the
  /// calls a map() makes as one statement pulls its items share one
  /// `pullCallback` body, and calls with different argument counts (e.g.
  /// `zip(map(g, xs), map(g, xs, ys))`) bind a parameter differently. The
  /// Python tracer refuses such iterations ("do not merge"); so does this.
  template <typename MakeFn>
  void bindParamNode(Cursor &LB, const char *Kind, const FunctionInfo &Info, const std::string &Param,
                     MakeFn Make) {
    bool Fresh = false;
    json &Node = visit(LB, Kind, [&] {
      Fresh = true;
      return Make();
    });
    if (!Fresh && Node != Make())
      throw UnsupportedError("iterations of one loop do not merge: parameter '" + Param + "' of '" +
                             Info.Def->qualName() + "' is bound differently by two calls (e.g. with "
                             "different argument counts) recorded at one place");
  }

  /// The function identity a guard `if` checks, or "" for another node.
  static std::string guardIdentity(const json &If) {
    const json &Cond = If["cond"];
    if (Cond.value("event", "") != "isFunction")
      return "";
    return Cond["eventArgs"][1]["value"].get<std::string>();
  }

  /// Inlines one activation of function \p Fn into \p Body: `label 'ret
  /// [let $fn = callee (for a closure), let p = arg ..., body]`; returns the
  /// function's result. \p Binding says where each parameter's value comes
  /// from (bindArguments); \p CalleeIR, \p ArgIR and \p KwIR give the IR of
  /// the callee, of positional argument I and of keyword argument K in the
  /// caller.
  template <typename CalleeIRFn, typename ArgIRFn, typename KwIRFn>
  Value runFunction(const FunctionObject &Fn, const CallArgs &Args, const std::vector<ParamSource> &Binding,
                    Cursor &Body, unsigned Depth, CalleeIRFn CalleeIR, ArgIRFn ArgIR, KwIRFn KwIR,
                    bool EntryCall = false) {
    const FunctionInfo &Info = *Fn.Info;
    Meter.tick();
    json &Label = visit(Body, "label", [&] {
      return json{{"kind", "label"}, {"name", "'ret"}, {"body", unknownBody()}};
    });
    Cursor LB{&Label["body"]};
    Frame Callee;
    Callee.Info = &Info;
    Callee.Slots.assign(Info.NumSlots, std::nullopt);
    Callee.Cells.resize(Info.NumCells);
    Callee.Closure = &Fn.Captured;
    Callee.Depth = Depth;
    Callee.Names = TraceNameScope{Info.Scope, "$" + std::to_string(Depth)};
    Callee.Loops = &Info.Loops;
    if (!Info.Scope->Frees.empty())
      visit(LB, "let", [&] {
        return json{{"kind", "let"}, {"name", Callee.Names.closureName()}, {"named", CalleeIR()}};
      });
    const std::vector<std::string> Params = Info.Def->allParams();
    size_t Required = Info.Def->requiredParams();
    using SK = ParamSource::Kind;
    auto ParamIR = [&](size_t I) {
      const ParamSource &Src = Binding[I];
      auto Default = [&](size_t D) { return json{{"kind", "default"}, {"exp", CalleeIR()}, {"index", D}}; };
      if (EntryCall && I < Info.Def->Params.size()) {
        // The invocation's argument count may vary: `argument` says what
        // to use when argument I is missing.
        json Arg = ArgIR(I);
        if (I >= Required)
          Arg["default"] = Default(I - Required);
        return Arg;
      }
      switch (Src.K) {
      case SK::Positional: return ArgIR(Src.Index);
      case SK::Keyword: return KwIR(Src.Index);
      case SK::Default: return Default(Src.Index);
      case SK::VarArgs: {
        json Exps = json::array();
        for (size_t A : Src.Items)
          Exps.push_back(ArgIR(A));
        return json{{"kind", "tuple"}, {"exps", std::move(Exps)}};
      }
      case SK::KwArgs: {
        json Keys = json::array(), Values = json::array();
        for (size_t K : Src.Items) {
          Keys.push_back({{"kind", "string"}, {"value", Args.KwNames[K]}});
          Values.push_back(KwIR(K));
        }
        return json{{"kind", "dict"}, {"keys", std::move(Keys)}, {"values", std::move(Values)}};
      }
      }
      return json();
    };
    auto ParamValue = [&](size_t I) {
      const ParamSource &Src = Binding[I];
      switch (Src.K) {
      case SK::Positional: return Args.Positional[Src.Index];
      case SK::Keyword: return Args.KwValues[Src.Index];
      case SK::Default: return Fn.Defaults[Src.Index];
      case SK::VarArgs: {
        std::vector<Value> Items;
        for (size_t A : Src.Items)
          Items.push_back(Args.Positional[A]);
        return Value::tuple(std::move(Items));
      }
      case SK::KwArgs: {
        Value D = Value::dict();
        for (size_t K : Src.Items)
          setItem(D, Value::str(Args.KwNames[K]), Args.KwValues[K]);
        return D;
      }
      }
      return Value::none();
    };
    for (size_t I = 0; I < Params.size(); ++I) {
      const NameSlot &Where = Info.Names.at(Params[I]);
      if (Where.Kind == FunctionScope::NameKind::Cell) {
        // A captured parameter lives in a cell from the start.
        visit(LB, "let", [&] {
          return json{{"kind", "let"}, {"name", Callee.Names.spell(Params[I])}, {"named", {{"kind", "newCell"}}}};
        });
        bindParamNode(LB, "set", Info, Params[I], [&] {
          return json{{"kind", "set"}, {"name", Callee.Names.variable(Params[I])}, {"named", ParamIR(I)}};
        });
        Callee.Cells[Where.Index] = std::make_shared<std::optional<Value>>(ParamValue(I));
        continue;
      }
      bindParamNode(LB, "let", Info, Params[I], [&] {
        return json{{"kind", "let"}, {"name", Callee.Names.spell(Params[I])}, {"named", ParamIR(I)}};
      });
      Callee.Slots[Where.Index] = ParamValue(I);
    }
    ++CallDepth;
    struct LeaveCall {
      unsigned &D;
      ~LeaveCall() { --D; }
    } Leave{CallDepth};
    RecursionScope CallLevel("a call"); // CPython counts calls and nested values together

    Flow Fl = execStmts(Info.Def->Body, Callee, LB);
    if (Fl == Flow::Return)
      return Callee.ReturnValue;
    // Fell off the end: an implicit `return None`.
    visit(LB, "break", [] { return json{{"kind", "break"}, {"name", "'ret"}, {"value", noneNode()}}; });
    return Value::none();
  }

  Value callEntry(const std::vector<Value> &Args, Cursor &Root) {
    if (!Entry.VarArg.empty())
      throw UnsupportedError("an entry function with a '*" + Entry.VarArg + "' parameter");
    std::vector<ParamSource> Binding = bindArguments(Entry, Args.size(), {});
    json &Block = visit(Root, "block", [] { return json{{"kind", "block"}, {"body", unknownBody()}}; });
    Cursor Body{&Block["body"]};
    // The entry's def ran in the module code: its function object (and
    // default values) is the module variable it was bound to.
    std::optional<Value> *Bound = variable(*Globals, Entry.Name);
    if (!Bound || !*Bound || !(*Bound)->isFunction())
      throw PythonError("NameError", "name '" + Entry.Name + "' is not defined");
    const FunctionObject &EntryFn = *(*Bound)->asFunction();
    Value R = runFunction(EntryFn, CallArgs{Args, {}, {}, {}, {}}, Binding, Body, 1,
                          [&] { return json{{"kind", "identifier"}, {"name", Entry.Name}}; },
                          [](size_t I) { return json{{"kind", "argument"}, {"index", I}}; },
                          [](size_t) { return json(); },
                          /*EntryCall=*/true);
    complete(Body);
    return R;
  }
};

TraceEvaluator::TraceEvaluator(const Module &M, const FunctionDefStmt &Entry)
    : P(std::make_unique<Impl>(M, Entry)) {}
TraceEvaluator::~TraceEvaluator() = default;

InvocationResult TraceEvaluator::invoke(const std::vector<Value> &Args, json &Trace) {
  return P->invoke(Args, Trace);
}

const std::vector<std::string> &TraceEvaluator::params() const { return P->params(); }

void TraceEvaluator::setLimits(const ResourceLimits &L) { P->Limits = L; }

void TraceEvaluator::setModuleName(const std::string &Name) { P->ModuleName = Name; }

const FunctionDefStmt &pyctl::chooseEntry(const Module &M, const std::string &Requested) {
  const FunctionDefStmt *Found = nullptr, *Last = nullptr, *Main = nullptr;
  for (const auto &S : M.Body)
    if (const auto *D = dyn_cast<FunctionDefStmt>(S.get())) {
      Last = D;
      if (D->Name == "main")
        Main = D;
      if (!Requested.empty() && D->Name == Requested)
        Found = D;
    }
  if (!Requested.empty() && !Found)
    throw CompileError(SourceRange(), "entry function '" + Requested + "' is not a top-level def");
  if (!Found)
    Found = Main ? Main : Last;
  if (!Found)
    throw CompileError(SourceRange(), "no top-level function to call (use --entry NAME)");
  // Invocations pass a list of positional arguments, which a `*args` entry would
  // take whole; the trace IR has no argument tuple for it.
  if (!Found->VarArg.empty())
    throw CompileError(Found->Range, "unsupported construct: an entry function with a '*" + Found->VarArg +
                                         "' parameter");
  // The trace calls the entry without a guard: its name must not be rebound.
  for (const auto &S : M.Body)
    if (S.get() != Found && !llvm::isa<DeclareStmt>(*S) && !llvm::isa<AnnotationStmt>(*S)) // neither binds
      for (const auto &N : boundNamesOf(*S))
        if (N == Found->Name)
          throw CompileError(S->Range, "entry function '" + Found->Name +
                                           "' is bound again at module level");
  return *Found;
}

json pyctl::makeTraceFile(const Module &M, const FunctionDefStmt &Entry, json Trace, unsigned Invocations) {
  return json{{"format", "pyctl-trace"},
              {"version", 1},
              {"entry", Entry.Name},
              {"params", Entry.Params},
              {"source", {{"path", M.Path}, {"sha256", M.SourceSha256}}},
              {"invocations", Invocations},
              {"trace", std::move(Trace)}};
}

std::string pyctl::resultLine(const InvocationResult &R) {
  nlohmann::ordered_json Line;
  if (R.Raised) {
    Line["error"] = R.ErrorType;
    Line["stdout"] = R.Stdout;
  } else {
    Line["repr"] = repr(R.Result);
    Line["stdout"] = R.Stdout;
    if (auto J = valueToOrderedJSON(R.Result))
      Line["json"] = *J;
  }
  return toPythonJSONText(Line);
}
