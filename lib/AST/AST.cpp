//===- AST.cpp - Node helpers ---------------------------------------------===//
#include "pyctl/AST/AST.h"

using namespace pyctl;

ExprList pyctl::cloneExprs(const ExprList &Es) {
  ExprList Out;
  Out.reserve(Es.size());
  for (const auto &E : Es)
    Out.push_back(E->clone());
  return Out;
}

StmtList pyctl::cloneStmts(const StmtList &Ss) {
  StmtList Out;
  Out.reserve(Ss.size());
  for (const auto &S : Ss)
    Out.push_back(S->clone());
  return Out;
}

std::string FunctionDefStmt::identity() const {
  return Name + "@" + std::to_string(Range.Line) + ":" + std::to_string(Range.Column);
}

std::string Module::freshName(const std::string &Prefix) {
  for (;;) {
    std::string Name = Prefix + std::to_string(NextTemp[Prefix]++);
    if (UsedNames.insert(Name).second)
      return Name;
  }
}
