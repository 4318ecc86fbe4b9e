//===- ASTPrinter.cpp - AST back to runnable Python -----------------------===//
#include "pyctl/AST/ASTPrinter.h"

#include "llvm/Support/Casting.h"

#include <charconv>
#include <cmath>

using namespace pyctl;
using llvm::cast;
using llvm::dyn_cast;

namespace {

// Python's precedence levels (The Python Language Reference, 6.17), low to high.
enum Prec : int {
  PTuple = 0, PIfExp = 1, POr = 2, PAnd = 3, PNot = 4, PCompare = 5, PBitOr = 6, PBitXor = 7,
  PBitAnd = 8, PShift = 9, PArith = 10, PTerm = 11, PUnary = 12, PPower = 13,
  PPrimary = 15, PAtom = 16,
};

int binaryPrec(const std::string &Op) {
  if (Op == "|") return PBitOr;
  if (Op == "^") return PBitXor;
  if (Op == "&") return PBitAnd;
  if (Op == "<<" || Op == ">>") return PShift;
  if (Op == "+" || Op == "-") return PArith;
  if (Op == "**") return PPower;
  return PTerm; // * / // % @
}

int precOf(const Expr &E) {
  switch (E.getKind()) {
  case Expr::Kind::Tuple: return PAtom; // always printed in parentheses
  case Expr::Kind::BoolOp: return cast<BoolOpExpr>(E).IsAnd ? PAnd : POr;
  case Expr::Kind::Unary: return cast<UnaryExpr>(E).Op == "not" ? PNot : PUnary;
  case Expr::Kind::Compare: return PCompare;
  case Expr::Kind::Binary: return binaryPrec(cast<BinaryExpr>(E).Op);
  case Expr::Kind::IfExp: return PIfExp;
  case Expr::Kind::Subscript:
  case Expr::Kind::Attribute:
  case Expr::Kind::Call: return PPrimary;
  default: return PAtom;
  }
}

std::string floatLiteral(double V) {
  if (std::isinf(V))
    return "1e999"; // CPython parses it as inf; -inf prints as unary minus
  if (std::isnan(V))
    return "float('nan')";
  char Buf[64];
  auto R = std::to_chars(Buf, Buf + sizeof Buf, V);
  std::string S(Buf, R.ptr);
  if (S.find_first_of(".e") == std::string::npos)
    S += ".0";
  return S;
}

class Printer {
public:
  explicit Printer(llvm::raw_ostream &OS) : OS(OS) {}

  void expr(const Expr &E, int MinPrec) {
    bool Paren = precOf(E) < MinPrec;
    if (Paren)
      OS << '(';
    exprBare(E);
    if (Paren)
      OS << ')';
  }

  void stmts(const StmtList &Body, unsigned Indent) {
    if (Body.empty()) {
      indent(Indent);
      OS << "pass\n";
      return;
    }
    for (const auto &S : Body)
      stmt(*S, Indent);
  }

private:
  llvm::raw_ostream &OS;

  void indent(unsigned N) { OS.indent(N); }

  void exprList(const ExprList &Es) {
    for (size_t I = 0; I < Es.size(); ++I) {
      if (I)
        OS << ", ";
      expr(*Es[I], POr);
    }
  }

  void exprBare(const Expr &E) {
    switch (E.getKind()) {
    case Expr::Kind::Name: OS << cast<NameExpr>(E).Id; return;
    case Expr::Kind::IntLit: OS << cast<IntLitExpr>(E).Value; return;
    case Expr::Kind::FloatLit: OS << floatLiteral(cast<FloatLitExpr>(E).Value); return;
    case Expr::Kind::StrLit: OS << pythonStringLiteral(cast<StrLitExpr>(E).Value); return;
    case Expr::Kind::BoolLit: OS << (cast<BoolLitExpr>(E).Value ? "True" : "False"); return;
    case Expr::Kind::NoneLit: OS << "None"; return;
    case Expr::Kind::Tuple: {
      const auto &T = cast<TupleExpr>(E);
      OS << '(';
      exprList(T.Elts);
      if (T.Elts.size() == 1)
        OS << ',';
      OS << ')';
      return;
    }
    case Expr::Kind::List:
      OS << '[';
      exprList(cast<ListExpr>(E).Elts);
      OS << ']';
      return;
    case Expr::Kind::Set:
      OS << '{';
      exprList(cast<SetExpr>(E).Elts);
      OS << '}';
      return;
    case Expr::Kind::Subscript: {
      const auto &S = cast<SubscriptExpr>(E);
      expr(*S.Value, PPrimary);
      OS << '[';
      if (llvm::isa<SliceExpr>(*S.Index))
        exprBare(*S.Index);
      else
        expr(*S.Index, POr);
      OS << ']';
      return;
    }
    case Expr::Kind::Unary: {
      const auto &U = cast<UnaryExpr>(E);
      if (U.Op == "not") {
        OS << "not ";
        expr(*U.Operand, PNot);
      } else {
        OS << U.Op;
        expr(*U.Operand, PUnary);
      }
      return;
    }
    case Expr::Kind::Binary: {
      const auto &B = cast<BinaryExpr>(E);
      int P = binaryPrec(B.Op);
      if (B.Op == "**") {
        // Right-associative; the left operand binds tighter than unary minus.
        expr(*B.LHS, PPower + 1);
        OS << " ** ";
        expr(*B.RHS, PUnary);
      } else {
        expr(*B.LHS, P);
        OS << ' ' << B.Op << ' ';
        expr(*B.RHS, P + 1);
      }
      return;
    }
    case Expr::Kind::BoolOp: {
      const auto &B = cast<BoolOpExpr>(E);
      int P = B.IsAnd ? PAnd : POr;
      expr(*B.LHS, P);
      OS << (B.IsAnd ? " and " : " or ");
      expr(*B.RHS, P + 1);
      return;
    }
    case Expr::Kind::Compare: {
      const auto &C = cast<CompareExpr>(E);
      expr(*C.Operands[0], PCompare + 1);
      for (size_t I = 0; I < C.Ops.size(); ++I) {
        OS << ' ' << C.Ops[I] << ' ';
        expr(*C.Operands[I + 1], PCompare + 1);
      }
      return;
    }
    case Expr::Kind::Attribute: {
      const auto &A = cast<AttributeExpr>(E);
      // `1.real` would lex as a float: parenthesise number receivers.
      if (llvm::isa<IntLitExpr, FloatLitExpr>(*A.Value)) {
        OS << '(';
        exprBare(*A.Value);
        OS << ')';
      } else {
        expr(*A.Value, PPrimary);
      }
      OS << '.' << A.Attr;
      return;
    }
    case Expr::Kind::Slice: {
      const auto &Sl = cast<SliceExpr>(E);
      if (Sl.Lower)
        expr(*Sl.Lower, POr);
      OS << ':';
      if (Sl.Upper)
        expr(*Sl.Upper, POr);
      if (Sl.Step) {
        OS << ':';
        expr(*Sl.Step, POr);
      }
      return;
    }
    case Expr::Kind::Dict: {
      const auto &D = cast<DictExpr>(E);
      OS << '{';
      for (size_t I = 0; I < D.Keys.size(); ++I) {
        if (I)
          OS << ", ";
        if (const auto *S = llvm::dyn_cast<StarredExpr>(D.Keys[I].get())) {
          OS << "**";
          expr(*S->Value, PBitOr);
          continue;
        }
        expr(*D.Keys[I], POr);
        OS << ": ";
        expr(*D.Values[I], POr);
      }
      OS << '}';
      return;
    }
    case Expr::Kind::Starred:
      OS << '*';
      expr(*cast<StarredExpr>(E).Value, PBitOr);
      return;
    case Expr::Kind::Comprehension: {
      const auto &C = cast<ComprehensionExpr>(E);
      OS << (C.IsDict || C.IsSet ? '{' : '[');
      expr(*C.Elt, POr);
      if (C.IsDict) {
        OS << ": ";
        expr(*C.Value, POr);
      }
      for (const auto &Cl : C.Clauses) {
        OS << " for ";
        expr(*Cl.Target, POr);
        OS << " in ";
        expr(*Cl.Iter, POr);
        for (const auto &If : Cl.Ifs) {
          OS << " if ";
          expr(*If, POr);
        }
      }
      OS << (C.IsDict || C.IsSet ? '}' : ']');
      return;
    }
    case Expr::Kind::Named: {
      // Always parenthesised: valid wherever an expression may stand.
      const auto &N = cast<NamedExpr>(E);
      OS << '(' << N.Target << " := ";
      expr(*N.Value, PIfExp);
      OS << ')';
      return;
    }
    case Expr::Kind::IfExp: {
      const auto &I = cast<IfExpExpr>(E);
      expr(*I.Then, POr);
      OS << " if ";
      expr(*I.Cond, POr);
      OS << " else ";
      expr(*I.Else, PIfExp);
      return;
    }
    case Expr::Kind::Call: {
      const auto &C = cast<CallExpr>(E);
      expr(*C.Callee, PPrimary);
      OS << '(';
      exprList(C.Args);
      for (size_t I = 0; I < C.Keywords.size(); ++I) {
        OS << (I || !C.Args.empty() ? ", " : "");
        if (C.Keywords[I].isDoubleStar())
          OS << "**";
        else
          OS << C.Keywords[I].Name << '=';
        expr(*C.Keywords[I].Value, POr);
      }
      OS << ')';
      return;
    }
    }
  }

  /// A target or right-hand side where a bare tuple needs no parentheses.
  void topLevel(const Expr &E) { expr(E, PTuple); }

public:
  void stmt(const Stmt &S, unsigned Ind) {
    switch (S.getKind()) {
    case Stmt::Kind::FunctionDef: {
      const auto &F = cast<FunctionDefStmt>(S);
      indent(Ind);
      OS << "def " << F.Name << '(';
      const char *Sep = "";
      // `name: T = default` spaces the `=` as PEP 8 does (either is valid).
      auto Ann = [&](const std::string &P) {
        auto It = F.ParamAnnotations.find(P);
        if (It == F.ParamAnnotations.end())
          return false;
        OS << ": " << It->second.Text;
        return true;
      };
      for (size_t I = 0; I < F.Params.size(); ++I) {
        OS << Sep << F.Params[I];
        Sep = ", ";
        bool Annotated = Ann(F.Params[I]);
        if (I >= F.requiredParams()) {
          OS << (Annotated ? " = " : "=");
          expr(*F.Defaults[I - F.requiredParams()], POr);
        }
      }
      if (!F.VarArg.empty() || !F.KwOnly.empty()) {
        OS << Sep << '*' << F.VarArg;
        if (!F.VarArg.empty())
          Ann(F.VarArg);
        Sep = ", ";
      }
      size_t NextDefault = F.positionalDefaults();
      for (size_t I = 0; I < F.KwOnly.size(); ++I) {
        OS << ", " << F.KwOnly[I];
        bool Annotated = Ann(F.KwOnly[I]);
        if (F.KwOnlyHasDefault[I]) {
          OS << (Annotated ? " = " : "=");
          expr(*F.Defaults[NextDefault++], POr);
        }
      }
      if (!F.KwArg.empty())
        OS << Sep << "**" << F.KwArg;
      if (!F.KwArg.empty())
        Ann(F.KwArg);
      OS << ')';
      if (F.Returns)
        OS << " -> " << F.Returns->Text;
      OS << ":\n";
      stmts(F.Body, Ind + 4);
      // A lambda's def: the names CPython gives a lambda, which its call errors and repr show.
      if (F.isLambda()) {
        indent(Ind);
        OS << F.Name << ".__name__ = " << pythonStringLiteral("<lambda>") << '\n';
        indent(Ind);
        OS << F.Name << ".__qualname__ = " << pythonStringLiteral(F.QualName) << '\n';
      }
      return;
    }
    case Stmt::Kind::Return: {
      const auto &R = cast<ReturnStmt>(S);
      indent(Ind);
      OS << "return";
      if (R.Value) {
        OS << ' ';
        topLevel(*R.Value);
      }
      OS << '\n';
      return;
    }
    case Stmt::Kind::If: {
      const auto &I = cast<IfStmt>(S);
      indent(Ind);
      OS << "if ";
      expr(*I.Cond, POr);
      OS << ":\n";
      stmts(I.Then, Ind + 4);
      const IfStmt *Cur = &I;
      // Print `else: if` chains as `elif`.
      while (Cur->Else.size() == 1 && llvm::isa<IfStmt>(*Cur->Else[0])) {
        Cur = cast<IfStmt>(Cur->Else[0].get());
        indent(Ind);
        OS << "elif ";
        expr(*Cur->Cond, POr);
        OS << ":\n";
        stmts(Cur->Then, Ind + 4);
      }
      if (!Cur->Else.empty()) {
        indent(Ind);
        OS << "else:\n";
        stmts(Cur->Else, Ind + 4);
      }
      return;
    }
    case Stmt::Kind::While: {
      const auto &W = cast<WhileStmt>(S);
      indent(Ind);
      OS << "while ";
      expr(*W.Cond, POr);
      OS << ":\n";
      stmts(W.Body, Ind + 4);
      if (!W.OrElse.empty()) {
        indent(Ind);
        OS << "else:\n";
        stmts(W.OrElse, Ind + 4);
      }
      return;
    }
    case Stmt::Kind::For: {
      const auto &F = cast<ForStmt>(S);
      indent(Ind);
      OS << "for ";
      topLevel(*F.Target);
      OS << " in ";
      topLevel(*F.Iter);
      OS << ":\n";
      stmts(F.Body, Ind + 4);
      if (!F.OrElse.empty()) {
        indent(Ind);
        OS << "else:\n";
        stmts(F.OrElse, Ind + 4);
      }
      return;
    }
    case Stmt::Kind::Assign: {
      const auto &A = cast<AssignStmt>(S);
      indent(Ind);
      topLevel(*A.Target);
      if (A.Ann)
        OS << ": " << A.Ann->Text;
      OS << " = ";
      topLevel(*A.Value);
      OS << '\n';
      return;
    }
    case Stmt::Kind::AugAssign: {
      const auto &A = cast<AugAssignStmt>(S);
      indent(Ind);
      topLevel(*A.Target);
      OS << ' ' << A.Op << "= ";
      topLevel(*A.Value);
      OS << '\n';
      return;
    }
    case Stmt::Kind::ExprStmt:
      indent(Ind);
      topLevel(*cast<ExprStmt>(S).Value);
      OS << '\n';
      return;
    case Stmt::Kind::Pass: indent(Ind); OS << "pass\n"; return;
    case Stmt::Kind::MainGuard: // module level only: the statement's own source text
      OS << cast<MainGuardStmt>(S).Text << '\n';
      return;
    case Stmt::Kind::Annotation: {
      const auto &A = cast<AnnotationStmt>(S);
      indent(Ind);
      OS << A.Name << ": " << A.Ann.Text << '\n';
      return;
    }
    case Stmt::Kind::Break: indent(Ind); OS << "break\n"; return;
    case Stmt::Kind::Continue: indent(Ind); OS << "continue\n"; return;
    case Stmt::Kind::Del:
      indent(Ind);
      OS << "del ";
      topLevel(*cast<DelStmt>(S).Target);
      OS << '\n';
      return;
    case Stmt::Kind::Global:
    case Stmt::Kind::Nonlocal: {
      const auto &Names = llvm::isa<GlobalStmt>(S) ? cast<GlobalStmt>(S).Names : cast<NonlocalStmt>(S).Names;
      indent(Ind);
      OS << (llvm::isa<GlobalStmt>(S) ? "global " : "nonlocal ");
      for (size_t I = 0; I < Names.size(); ++I)
        OS << (I ? ", " : "") << Names[I];
      OS << '\n';
      return;
    }
    case Stmt::Kind::Raise: {
      const auto &R = cast<RaiseStmt>(S);
      indent(Ind);
      if (R.isReraise()) {
        OS << "raise\n";
        return;
      }
      OS << "raise ";
      if (R.Value) {
        expr(*R.Value, POr);
        if (R.CallsValue) {
          OS << '(';
          exprList(R.Args);
          OS << ')';
        }
      } else {
        OS << R.Exception << '(';
        exprList(R.Args);
        OS << ')';
      }
      if (R.Cause) {
        OS << " from ";
        expr(*R.Cause, POr);
      }
      OS << '\n';
      return;
    }
    case Stmt::Kind::Declare:
      indent(Ind);
      OS << cast<DeclareStmt>(S).Name << ": object\n";
      return;
    case Stmt::Kind::Try: {
      const auto &T = cast<TryStmt>(S);
      indent(Ind);
      OS << "try:\n";
      stmts(T.Body, Ind + 4);
      for (const auto &H : T.Handlers) {
        indent(Ind);
        OS << "except";
        if (H.TypeExpr) {
          OS << ' ';
          expr(*H.TypeExpr, POr);
        } else if (!H.Types.empty()) {
          bool Paren = H.TupleSyntax || H.Types.size() > 1;
          OS << (Paren ? " (" : " ");
          for (size_t I = 0; I < H.Types.size(); ++I)
            OS << (I ? ", " : "")
               << (H.Types[I] == "JSONDecodeError" ? "json.JSONDecodeError" : H.Types[I]);
          OS << (Paren ? (H.Types.size() == 1 ? ",)" : ")") : "");
        }
        if (!H.Name.empty())
          OS << " as " << H.Name;
        OS << ":\n";
        stmts(H.Body, Ind + 4);
      }
      if (!T.OrElse.empty()) {
        indent(Ind);
        OS << "else:\n";
        stmts(T.OrElse, Ind + 4);
      }
      if (!T.FinalBody.empty() || T.Handlers.empty()) {
        indent(Ind);
        OS << "finally:\n";
        stmts(T.FinalBody, Ind + 4);
      }
      return;
    }
    }
  }
};

} // namespace

std::string pyctl::pythonStringLiteral(const std::string &S) {
  std::string Out = "'";
  static const char *Hex = "0123456789abcdef";
  for (unsigned char C : S) {
    switch (C) {
    case '\\': Out += "\\\\"; break;
    case '\'': Out += "\\'"; break;
    case '\n': Out += "\\n"; break;
    case '\r': Out += "\\r"; break;
    case '\t': Out += "\\t"; break;
    default:
      if (C < 0x20 || C == 0x7f) {
        Out += "\\x";
        Out += Hex[C >> 4];
        Out += Hex[C & 15];
      } else {
        Out += char(C); // UTF-8 bytes pass through: the output file is UTF-8
      }
    }
  }
  return Out + "'";
}

void pyctl::printModule(const Module &M, llvm::raw_ostream &OS) {
  Printer P(OS);
  if (M.FutureAnnotations)
    OS << "from __future__ import annotations\n"; // must come first
  for (const auto &Mod : M.Imports)
    OS << "import " << Mod << '\n';
  for (size_t I = 0; I < M.Body.size(); ++I) {
    // A blank line around top-level defs, as PEP 8 lays them out.
    if (I && (llvm::isa<FunctionDefStmt>(*M.Body[I]) || llvm::isa<FunctionDefStmt>(*M.Body[I - 1])))
      OS << '\n';
    P.stmt(*M.Body[I], 0);
  }
}

std::string pyctl::printExpr(const Expr &E) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  Printer(OS).expr(E, PTuple);
  return OS.str();
}

void pyctl::printStmts(const StmtList &Body, llvm::raw_ostream &OS, unsigned Indent) {
  Printer(OS).stmts(Body, Indent);
}
