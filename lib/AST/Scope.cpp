//===- Scope.cpp - Which names a scope binds ------------------------------===//
#include "pyctl/AST/Scope.h"
#include "pyctl/AST/Walk.h"

#include "pyctl/Basic/Diagnostics.h"
#include "pyctl/Runtime/Builtins.h"

#include "llvm/Support/Casting.h"

#include <algorithm>


using namespace pyctl;
using llvm::cast;
using llvm::dyn_cast;

namespace {

void addTargetNames(const Expr &T, std::vector<std::string> &Out, std::set<std::string> &Seen) {
  if (const auto *N = dyn_cast<NameExpr>(&T)) {
    if (Seen.insert(N->Id).second)
      Out.push_back(N->Id);
  } else if (const auto *Tu = dyn_cast<TupleExpr>(&T)) {
    for (const auto &E : Tu->Elts)
      addTargetNames(*E, Out, Seen);
  } else if (const auto *St = dyn_cast<StarredExpr>(&T)) {
    addTargetNames(*St->Value, Out, Seen);
  }
}

void collectBound(const StmtList &Body, std::vector<std::string> &Out, std::set<std::string> &Seen);

/// The targets of the assignment expressions `(y := v)` in \p E, those inside
/// its comprehensions included (PEP 572: they bind in the enclosing scope).
void addNamedTargets(const Expr &E, const std::function<void(const std::string &)> &Add) {
  if (const auto *N = dyn_cast<NamedExpr>(&E))
    Add(N->Target);
  forEachChild(E, [&](const Expr &C) { addNamedTargets(C, Add); });
}

void collectBoundStmt(const Stmt &S, std::vector<std::string> &Out, std::set<std::string> &Seen) {
  auto add = [&](const std::string &N) {
    if (Seen.insert(N).second)
      Out.push_back(N);
  };
  forEachOwnExpr(S, [&](const Expr &E) { addNamedTargets(E, add); });
  {
    switch (S.getKind()) {
    case Stmt::Kind::FunctionDef: add(cast<FunctionDefStmt>(S).Name); break;
    case Stmt::Kind::Declare: add(cast<DeclareStmt>(S).Name); break;
    // `x: T` binds nothing but makes x local, as CPython's symbol table does.
    case Stmt::Kind::Annotation: add(cast<AnnotationStmt>(S).Name); break;
    case Stmt::Kind::Assign: addTargetNames(*cast<AssignStmt>(S).Target, Out, Seen); break;
    case Stmt::Kind::AugAssign: addTargetNames(*cast<AugAssignStmt>(S).Target, Out, Seen); break;
    case Stmt::Kind::Del: addTargetNames(*cast<DelStmt>(S).Target, Out, Seen); break;
    case Stmt::Kind::If:
      collectBound(cast<IfStmt>(S).Then, Out, Seen);
      collectBound(cast<IfStmt>(S).Else, Out, Seen);
      break;
    case Stmt::Kind::While:
      collectBound(cast<WhileStmt>(S).Body, Out, Seen);
      collectBound(cast<WhileStmt>(S).OrElse, Out, Seen);
      break;
    case Stmt::Kind::For: {
      const auto &F = cast<ForStmt>(S);
      addTargetNames(*F.Target, Out, Seen);
      collectBound(F.Body, Out, Seen);
      collectBound(F.OrElse, Out, Seen);
      break;
    }
    case Stmt::Kind::Try: {
      // `except E as e` binds e (and deletes it when the handler is left).
      const auto &T = cast<TryStmt>(S);
      collectBound(T.Body, Out, Seen);
      for (const auto &H : T.Handlers) {
        if (!H.Name.empty())
          add(H.Name);
        collectBound(H.Body, Out, Seen);
      }
      collectBound(T.OrElse, Out, Seen);
      collectBound(T.FinalBody, Out, Seen);
      break;
    }
    default: break;
    }
  }
}

void collectBound(const StmtList &Body, std::vector<std::string> &Out, std::set<std::string> &Seen) {
  for (const auto &SP : Body)
    collectBoundStmt(*SP, Out, Seen);
}

void readExpr(const Expr &E, std::set<std::string> &Out) {
  switch (E.getKind()) {
  case Expr::Kind::Name: Out.insert(cast<NameExpr>(E).Id); return;
  case Expr::Kind::Tuple: for (auto &X : cast<TupleExpr>(E).Elts) readExpr(*X, Out); return;
  case Expr::Kind::List: for (auto &X : cast<ListExpr>(E).Elts) readExpr(*X, Out); return;
  case Expr::Kind::Set: for (auto &X : cast<SetExpr>(E).Elts) readExpr(*X, Out); return;
  case Expr::Kind::Subscript:
    readExpr(*cast<SubscriptExpr>(E).Value, Out);
    readExpr(*cast<SubscriptExpr>(E).Index, Out);
    return;
  case Expr::Kind::Unary: readExpr(*cast<UnaryExpr>(E).Operand, Out); return;
  case Expr::Kind::Binary:
    readExpr(*cast<BinaryExpr>(E).LHS, Out);
    readExpr(*cast<BinaryExpr>(E).RHS, Out);
    return;
  case Expr::Kind::BoolOp:
    readExpr(*cast<BoolOpExpr>(E).LHS, Out);
    readExpr(*cast<BoolOpExpr>(E).RHS, Out);
    return;
  case Expr::Kind::Compare: for (auto &X : cast<CompareExpr>(E).Operands) readExpr(*X, Out); return;
  case Expr::Kind::Call:
    readExpr(*cast<CallExpr>(E).Callee, Out);
    for (auto &X : cast<CallExpr>(E).Args) readExpr(*X, Out);
    for (auto &K : cast<CallExpr>(E).Keywords) readExpr(*K.Value, Out);
    return;
  case Expr::Kind::Attribute: readExpr(*cast<AttributeExpr>(E).Value, Out); return;
  case Expr::Kind::Slice: {
    const auto &S = cast<SliceExpr>(E);
    for (const ExprPtr *P : {&S.Lower, &S.Upper, &S.Step})
      if (*P) readExpr(**P, Out);
    return;
  }
  case Expr::Kind::Dict:
    for (auto &X : cast<DictExpr>(E).Keys) readExpr(*X, Out);
    for (auto &X : cast<DictExpr>(E).Values) readExpr(*X, Out);
    return;
  case Expr::Kind::Comprehension: {
    const auto &C = cast<ComprehensionExpr>(E);
    readExpr(*C.Elt, Out);
    if (C.Value) readExpr(*C.Value, Out);
    for (const auto &Cl : C.Clauses) {
      readExpr(*Cl.Iter, Out);
      for (auto &X : Cl.Ifs) readExpr(*X, Out);
    }
    return;
  }
  case Expr::Kind::IfExp:
    readExpr(*cast<IfExpExpr>(E).Cond, Out);
    readExpr(*cast<IfExpExpr>(E).Then, Out);
    readExpr(*cast<IfExpExpr>(E).Else, Out);
    return;
  case Expr::Kind::Starred: readExpr(*cast<StarredExpr>(E).Value, Out); return;
  case Expr::Kind::Named: readExpr(*cast<NamedExpr>(E).Value, Out); return;
  default: return;
  }
}

/// Reads inside an assignment target: subscript bases and indices (a plain
/// name target is a store, not a read).
void readTarget(const Expr &T, std::set<std::string> &Out) {
  if (const auto *Tu = dyn_cast<TupleExpr>(&T)) {
    for (auto &X : Tu->Elts)
      readTarget(*X, Out);
  } else if (const auto *St = dyn_cast<StarredExpr>(&T)) {
    readTarget(*St->Value, Out);
  } else if (!llvm::isa<NameExpr>(T)) {
    readExpr(T, Out);
  }
}

void collectReads(const StmtList &Body, std::set<std::string> &Out) {
  for (const auto &SP : Body) {
    const Stmt &S = *SP;
    switch (S.getKind()) {
    case Stmt::Kind::Return:
      if (cast<ReturnStmt>(S).Value) readExpr(*cast<ReturnStmt>(S).Value, Out);
      break;
    case Stmt::Kind::If:
      readExpr(*cast<IfStmt>(S).Cond, Out);
      collectReads(cast<IfStmt>(S).Then, Out);
      collectReads(cast<IfStmt>(S).Else, Out);
      break;
    case Stmt::Kind::While:
      readExpr(*cast<WhileStmt>(S).Cond, Out);
      collectReads(cast<WhileStmt>(S).Body, Out);
      collectReads(cast<WhileStmt>(S).OrElse, Out);
      break;
    case Stmt::Kind::For:
      readTarget(*cast<ForStmt>(S).Target, Out);
      readExpr(*cast<ForStmt>(S).Iter, Out);
      collectReads(cast<ForStmt>(S).Body, Out);
      collectReads(cast<ForStmt>(S).OrElse, Out);
      break;
    case Stmt::Kind::Try: // handler types are builtin class names or a variable (TypeExpr)
      for (const auto &H : cast<TryStmt>(S).Handlers)
        if (H.TypeExpr)
          readExpr(*H.TypeExpr, Out);
      for (const StmtList *B : cast<TryStmt>(S).bodies())
        collectReads(*B, Out);
      break;
    case Stmt::Kind::Assign:
      readTarget(*cast<AssignStmt>(S).Target, Out);
      readExpr(*cast<AssignStmt>(S).Value, Out);
      break;
    case Stmt::Kind::AugAssign:
      // x += e reads x too.
      readExpr(*cast<AugAssignStmt>(S).Target, Out);
      readExpr(*cast<AugAssignStmt>(S).Value, Out);
      break;
    case Stmt::Kind::ExprStmt: readExpr(*cast<ExprStmt>(S).Value, Out); break;
    case Stmt::Kind::Del: readTarget(*cast<DelStmt>(S).Target, Out); break;
    case Stmt::Kind::Raise: {
      auto &Ra = cast<RaiseStmt>(S);
      for (auto &X : Ra.Args) readExpr(*X, Out);
      if (Ra.Value) readExpr(*Ra.Value, Out);
      if (Ra.Cause) readExpr(*Ra.Cause, Out);
      break;
    }
    case Stmt::Kind::FunctionDef: // defaults are evaluated where the def runs
      for (auto &X : cast<FunctionDefStmt>(S).Defaults) readExpr(*X, Out);
      break;
    default: break;
    }
  }
}

void numberLoopsIn(const StmtList &Body, std::map<const Stmt *, unsigned> &Out) {
  for (const auto &SP : Body) {
    const Stmt &S = *SP;
    if (const auto *W = dyn_cast<WhileStmt>(&S)) {
      Out.emplace(W, unsigned(Out.size()));
      numberLoopsIn(W->Body, Out);
      numberLoopsIn(W->OrElse, Out);
    } else if (const auto *F = dyn_cast<ForStmt>(&S)) {
      numberLoopsIn(F->Body, Out);
      numberLoopsIn(F->OrElse, Out);
    } else if (const auto *I = dyn_cast<IfStmt>(&S)) {
      numberLoopsIn(I->Then, Out);
      numberLoopsIn(I->Else, Out);
    } else if (const auto *T = dyn_cast<TryStmt>(&S)) {
      for (const StmtList *B : T->bodies())
        numberLoopsIn(*B, Out);
    }
  }
}

} // namespace

bool pyctl::isUserCall(const Expr &E) {
  const auto *C = dyn_cast<CallExpr>(&E);
  if (!C || llvm::isa<AttributeExpr>(*C->Callee))
    return false;
  const auto *N = dyn_cast<NameExpr>(C->Callee.get());
  return !N || !isBuiltinName(N->Id);
}

bool pyctl::isCallbackCall(const Expr &E) {
  const auto *C = dyn_cast<CallExpr>(&E);
  if (!C)
    return false;
  const Expr *Key = nullptr;
  for (const auto &K : C->Keywords)
    if (K.Name == "key")
      Key = K.Value.get();
  if (!Key || llvm::isa<NoneLitExpr>(*Key))
    return false;
  if (const auto *N = dyn_cast<NameExpr>(Key); N && isBuiltinName(N->Id))
    return false;
  if (const auto *A = dyn_cast<AttributeExpr>(C->Callee.get()))
    return A->Attr == "sort";
  const auto *N = dyn_cast<NameExpr>(C->Callee.get());
  return N && (N->Id == "sorted" || N->Id == "min" || N->Id == "max");
}

std::vector<std::string> pyctl::boundNames(const StmtList &Body) {
  std::vector<std::string> Out;
  std::set<std::string> Seen;
  collectBound(Body, Out, Seen);
  return Out;
}

std::vector<std::string> pyctl::targetNames(const Expr &Target) {
  std::vector<std::string> Out;
  std::set<std::string> Seen;
  addTargetNames(Target, Out, Seen);
  return Out;
}

std::vector<std::string> pyctl::boundNamesOf(const Stmt &S) {
  std::vector<std::string> Out;
  std::set<std::string> Seen;
  collectBoundStmt(S, Out, Seen);
  return Out;
}

static void collectDeclared(const StmtList &Body, bool Global, std::set<std::string> &Out) {
  for (const auto &SP : Body) {
    const Stmt &S = *SP;
    if (const auto *G = dyn_cast<GlobalStmt>(&S); G && Global)
      Out.insert(G->Names.begin(), G->Names.end());
    else if (const auto *N = dyn_cast<NonlocalStmt>(&S); N && !Global)
      Out.insert(N->Names.begin(), N->Names.end());
    else if (const auto *I = dyn_cast<IfStmt>(&S)) {
      collectDeclared(I->Then, Global, Out);
      collectDeclared(I->Else, Global, Out);
    } else if (const auto *W = dyn_cast<WhileStmt>(&S)) {
      collectDeclared(W->Body, Global, Out);
      collectDeclared(W->OrElse, Global, Out);
    } else if (const auto *Fo = dyn_cast<ForStmt>(&S)) {
      collectDeclared(Fo->Body, Global, Out);
      collectDeclared(Fo->OrElse, Global, Out);
    } else if (const auto *T = dyn_cast<TryStmt>(&S)) {
      for (const StmtList *B : T->bodies())
        collectDeclared(*B, Global, Out);
    }
  }
}

/// The first global (\p Global) or nonlocal statement of \p Body, in source
/// order and without entering nested defs, for which \p Match holds on one of
/// its names; that name goes to \p Name. Null when there is none.
template <typename Pred>
static const Stmt *findDeclaration(const StmtList &Body, bool Global, Pred Match,
                                   std::string &Name) {
  for (const auto &SP : Body) {
    const Stmt &S = *SP;
    const std::vector<std::string> *Names = nullptr;
    if (const auto *G = dyn_cast<GlobalStmt>(&S); G && Global)
      Names = &G->Names;
    else if (const auto *N = dyn_cast<NonlocalStmt>(&S); N && !Global)
      Names = &N->Names;
    if (Names) {
      for (const auto &N : *Names)
        if (Match(N)) {
          Name = N;
          return &S;
        }
      continue;
    }
    std::vector<const StmtList *> Blocks;
    if (const auto *I = dyn_cast<IfStmt>(&S))
      Blocks = {&I->Then, &I->Else};
    else if (const auto *W = dyn_cast<WhileStmt>(&S))
      Blocks = {&W->Body, &W->OrElse};
    else if (const auto *Fo = dyn_cast<ForStmt>(&S))
      Blocks = {&Fo->Body, &Fo->OrElse};
    else if (const auto *T = dyn_cast<TryStmt>(&S))
      for (const StmtList *B : T->bodies())
        Blocks.push_back(B);
    for (const StmtList *B : Blocks)
      if (const Stmt *Found = findDeclaration(*B, Global, Match, Name))
        return Found;
  }
  return nullptr;
}

/// CPython's symtable check "name 'x' is parameter and global/nonlocal": the
/// first global or nonlocal statement of \p F (in source order) that names one
/// of its parameters is the error, located at that statement.
static void checkParameterDeclarations(const FunctionDefStmt &F) {
  std::vector<std::string> AllParams = F.allParams();
  auto IsParam = [&](const std::string &N) {
    return std::find(AllParams.begin(), AllParams.end(), N) != AllParams.end();
  };
  std::string GName, NName;
  const Stmt *G = findDeclaration(F.Body, true, IsParam, GName);
  const Stmt *N = findDeclaration(F.Body, false, IsParam, NName);
  if (!G && !N)
    return;
  bool GlobalFirst = G && (!N || G->Range.Begin < N->Range.Begin);
  const Stmt *At = GlobalFirst ? G : N;
  throw CompileError(At->Range, "name '" + (GlobalFirst ? GName : NName) +
                                    "' is parameter and " +
                                    (GlobalFirst ? "global" : "nonlocal"));
}

std::set<std::string> pyctl::declaredNames(const StmtList &Body, bool Global) {
  std::set<std::string> Out;
  collectDeclared(Body, Global, Out);
  return Out;
}

std::vector<std::string> pyctl::localNames(const FunctionDefStmt &F) {
  std::vector<std::string> Out = F.allParams();
  std::set<std::string> Seen(Out.begin(), Out.end());
  std::set<std::string> NotLocal = declaredNames(F.Body, true);
  for (const auto &N : declaredNames(F.Body, false))
    NotLocal.insert(N);
  for (const auto &N : boundNames(F.Body))
    if (!NotLocal.count(N) && Seen.insert(N).second)
      Out.push_back(N);
  return Out;
}

ScopeAnalysis::ScopeAnalysis(const Module &M) {
  ModuleNames = boundNames(M.Body);
  build(M.Body, nullptr);
  std::set<std::string> Seen(ModuleNames.begin(), ModuleNames.end());
  for (auto &[Def, S] : Scopes) {
    for (const auto &N : declaredNames(Def->Body, true))
      if (Seen.insert(N).second)
        ModuleNames.push_back(N);
    if (!S->Parent)
      resolveFrees(*S);
  }
}

/// Makes the scopes of the defs in \p Body (recursively).
void ScopeAnalysis::build(const StmtList &Body, const FunctionScope *Parent) {
  for (const auto &SP : Body) {
    const Stmt &St = *SP;
    if (const auto *F = dyn_cast<FunctionDefStmt>(&St)) {
      auto S = std::make_unique<FunctionScope>();
      S->Def = F;
      S->Parent = Parent;
      S->Locals = localNames(*F);
      S->LocalSet.insert(S->Locals.begin(), S->Locals.end());
      checkParameterDeclarations(*F);
      FunctionScope *Raw = S.get();
      Scopes.emplace(F, std::move(S));
      build(F->Body, Raw);
    } else if (const auto *I = dyn_cast<IfStmt>(&St)) {
      build(I->Then, Parent);
      build(I->Else, Parent);
    } else if (const auto *W = dyn_cast<WhileStmt>(&St)) {
      build(W->Body, Parent);
      build(W->OrElse, Parent);
    } else if (const auto *Fo = dyn_cast<ForStmt>(&St)) {
      build(Fo->Body, Parent);
      build(Fo->OrElse, Parent);
    } else if (const auto *T = dyn_cast<TryStmt>(&St)) {
      for (const StmtList *B : T->bodies())
        build(*B, Parent);
    }
  }
}

/// Computes S's free variables (and its nested functions'), marking the
/// enclosing locals they resolve to as cells. Returns the names S uses but
/// does not define, which its parent must resolve.
std::set<std::string> ScopeAnalysis::resolveFrees(FunctionScope &S) {
  std::set<std::string> Used = readNames(S.Def->Body);
  std::set<std::string> Nonlocals = declaredNames(S.Def->Body, false);
  Used.insert(Nonlocals.begin(), Nonlocals.end());
  for (auto &[Def, Child] : Scopes)
    if (Child->Parent == &S)
      for (const auto &N : resolveFrees(*Child))
        Used.insert(N);
  std::set<std::string> Globals = declaredNames(S.Def->Body, true);
  std::set<std::string> Unresolved;
  for (const auto &N : Used) {
    if ((S.LocalSet.count(N) && !Nonlocals.count(N)) || Globals.count(N))
      continue;
    // The nearest enclosing function with a local N owns it as a cell.
    FunctionScope *Owner = nullptr;
    for (const FunctionScope *P = S.Parent; P; P = P->Parent)
      if (P->LocalSet.count(N)) {
        Owner = const_cast<FunctionScope *>(P);
        break;
      } else if (declaredNames(P->Def->Body, true).count(N)) {
        break;
      }
    if (!Owner) {
      if (Nonlocals.count(N)) {
        // CPython locates it at the first nonlocal statement naming N.
        std::string Unused;
        const Stmt *At = findDeclaration(
            S.Def->Body, false, [&](const std::string &M) { return M == N; }, Unused);
        throw CompileError(At ? At->Range : S.Def->Range,
                           "no binding for nonlocal '" + N + "' found");
      }
      continue; // a global or builtin
    }
    Owner->Cells.insert(N);
    S.FreeSet.insert(N);
    Unresolved.insert(N);
  }
  S.Frees.assign(S.FreeSet.begin(), S.FreeSet.end());
  return Unresolved;
}

std::set<std::string> pyctl::readNames(const StmtList &Body) {
  std::set<std::string> Out;
  collectReads(Body, Out);
  return Out;
}

std::map<const Stmt *, unsigned> pyctl::numberLoops(const StmtList &Body) {
  std::map<const Stmt *, unsigned> Out;
  numberLoopsIn(Body, Out);
  return Out;
}

void pyctl::declareAtTop(StmtList &Body, const std::vector<std::string> &Names, SourceRange R) {
  size_t Pos = 0;
  std::set<std::string> Declared;
  while (Pos < Body.size() && llvm::isa<DeclareStmt>(*Body[Pos]))
    Declared.insert(cast<DeclareStmt>(*Body[Pos++]).Name);
  for (const auto &N : Names)
    if (Declared.insert(N).second)
      Body.insert(Body.begin() + Pos++, std::make_unique<DeclareStmt>(N, R));
}

static void visitFunctions(StmtList &Body,
                           const std::function<void(StmtList &, FunctionDefStmt *)> &Fn) {
  for (auto &SP : Body) {
    Stmt &S = *SP;
    if (auto *F = dyn_cast<FunctionDefStmt>(&S)) {
      Fn(F->Body, F);
      visitFunctions(F->Body, Fn);
    } else if (auto *I = dyn_cast<IfStmt>(&S)) {
      visitFunctions(I->Then, Fn);
      visitFunctions(I->Else, Fn);
    } else if (auto *W = dyn_cast<WhileStmt>(&S)) {
      visitFunctions(W->Body, Fn);
      visitFunctions(W->OrElse, Fn);
    } else if (auto *Fo = dyn_cast<ForStmt>(&S)) {
      visitFunctions(Fo->Body, Fn);
      visitFunctions(Fo->OrElse, Fn);
    } else if (auto *T = dyn_cast<TryStmt>(&S)) {
      for (StmtList *B : T->bodies())
        visitFunctions(*B, Fn);
    }
  }
}

void pyctl::forEachScope(Module &M,
                         const std::function<void(StmtList &Body, FunctionDefStmt *F)> &Fn) {
  Fn(M.Body, nullptr);
  visitFunctions(M.Body, Fn);
}

bool pyctl::isPullingCallShape(const Expr &E) {
  const auto *C = dyn_cast<CallExpr>(&E);
  if (!C)
    return false;
  for (const auto &A : C->Args)
    if (llvm::isa<StarredExpr>(*A))
      return !isUserCall(E);
  if (const auto *A = dyn_cast<AttributeExpr>(C->Callee.get())) {
    static const std::set<std::string> Methods = {
        "join", "extend", "update", "union", "intersection", "difference", "symmetric_difference",
        "issubset", "issuperset", "isdisjoint", "intersection_update", "difference_update",
        "symmetric_difference_update"};
    return Methods.count(A->Attr) != 0;
  }
  const auto *N = dyn_cast<NameExpr>(C->Callee.get());
  if (!N || C->Args.empty())
    return false;
  static const std::set<std::string> Builtins = {"list", "tuple", "set", "dict", "sorted", "sum",
                                                 "min",  "max",   "any", "all",  "next"};
  return Builtins.count(N->Id) != 0;
}

bool pyctl::mayMapUserFunctions(const Module &M) {
  bool Found = false;
  forEachExpr(M.Body, [&](const Expr &E) {
    const auto *C = dyn_cast<CallExpr>(&E);
    if (Found || !C || C->Args.empty())
      return;
    const auto *N = dyn_cast<NameExpr>(C->Callee.get());
    if (!N || (N->Id != "map" && N->Id != "filter"))
      return;
    const Expr &F = *C->Args[0];
    if (llvm::isa<NoneLitExpr>(F))
      return;
    if (const auto *FN = dyn_cast<NameExpr>(&F); FN && isBuiltinName(FN->Id))
      return;
    Found = true;
  });
  return Found;
}

bool pyctl::isPullCall(const Expr &E) {
  const auto *C = dyn_cast<CallExpr>(&E);
  return C && C->MayPull;
}
