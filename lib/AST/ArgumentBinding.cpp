//===- ArgumentBinding.cpp - CPython's binding of call arguments ----------===//
#include "pyctl/AST/ArgumentBinding.h"

#include "pyctl/Runtime/PythonError.h"

#include <algorithm>

using namespace pyctl;

namespace {

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (CPython's format_missing).
std::string nameList(const std::vector<std::string> &Names) {
  std::string Out;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I)
      Out += (I + 1 == Names.size()) ? (Names.size() == 2 ? " and " : ", and ") : ", ";
    Out += "'" + Names[I] + "'";
  }
  return Out;
}

[[noreturn]] void missing(const FunctionDefStmt &D, const std::vector<std::string> &Names, const char *What) {
  throw PythonError("TypeError", D.qualName() + "() missing " + std::to_string(Names.size()) + " required " + What +
                                     " argument" + (Names.size() > 1 ? "s" : "") + ": " + nameList(Names));
}

} // namespace

std::vector<ParamSource> pyctl::bindArguments(const FunctionDefStmt &D, size_t NumPositional,
                                              const std::vector<std::string> &Keywords) {
  using K = ParamSource::Kind;
  const size_t NPos = D.Params.size(), NKw = D.KwOnly.size();
  // Slots in allParams() order; Bound tells which are filled.
  std::vector<ParamSource> Out(NPos + NKw, ParamSource{K::Default, 0, {}});
  std::vector<bool> Bound(NPos + NKw, false);
  for (size_t I = 0; I < std::min(NumPositional, NPos); ++I) {
    Out[I] = {K::Positional, I, {}};
    Bound[I] = true;
  }
  ParamSource VarArgs{K::VarArgs, 0, {}}, KwArgs{K::KwArgs, 0, {}};
  for (size_t I = NPos; I < NumPositional; ++I)
    VarArgs.Items.push_back(I);
  for (size_t KI = 0; KI < Keywords.size(); ++KI) {
    const std::string &Name = Keywords[KI];
    size_t Slot = NPos + NKw;
    for (size_t I = 0; I < NPos && Slot == NPos + NKw; ++I)
      if (D.Params[I] == Name)
        Slot = I;
    for (size_t I = 0; I < NKw && Slot == NPos + NKw; ++I)
      if (D.KwOnly[I] == Name)
        Slot = NPos + I;
    if (Slot == NPos + NKw) {
      if (D.KwArg.empty())
        throw PythonError("TypeError", D.qualName() + "() got an unexpected keyword argument '" + Name + "'");
      KwArgs.Items.push_back(KI);
      continue;
    }
    if (Bound[Slot])
      throw PythonError("TypeError", D.qualName() + "() got multiple values for argument '" + Name + "'");
    Out[Slot] = {K::Keyword, KI, {}};
    Bound[Slot] = true;
  }
  if (NumPositional > NPos && D.VarArg.empty()) {
    size_t Defaults = D.positionalDefaults(), KwGiven = 0;
    for (size_t I = 0; I < NKw; ++I)
      KwGiven += Bound[NPos + I];
    std::string Sig = Defaults ? "from " + std::to_string(NPos - Defaults) + " to " + std::to_string(NPos)
                               : std::to_string(NPos);
    bool Plural = Defaults || NPos != 1;
    std::string KwSig;
    if (KwGiven)
      KwSig = std::string(" positional argument") + (NumPositional != 1 ? "s" : "") + " (and " +
              std::to_string(KwGiven) + " keyword-only argument" + (KwGiven != 1 ? "s" : "") + ")";
    throw PythonError("TypeError", D.qualName() + "() takes " + Sig + " positional argument" + (Plural ? "s" : "") +
                                       " but " + std::to_string(NumPositional) + KwSig + " " +
                                       (NumPositional == 1 && !KwGiven ? "was" : "were") + " given");
  }
  size_t Required = D.requiredParams();
  std::vector<std::string> Missing;
  for (size_t I = 0; I < NPos; ++I)
    if (!Bound[I]) {
      if (I < Required)
        Missing.push_back(D.Params[I]);
      else
        Out[I] = {K::Default, I - Required, {}};
    }
  if (!Missing.empty())
    missing(D, Missing, "positional");
  size_t NextDefault = D.positionalDefaults();
  for (size_t I = 0; I < NKw; ++I) {
    bool HasDefault = D.KwOnlyHasDefault[I];
    if (!Bound[NPos + I]) {
      if (HasDefault)
        Out[NPos + I] = {K::Default, NextDefault, {}};
      else
        Missing.push_back(D.KwOnly[I]);
    }
    NextDefault += HasDefault;
  }
  if (!Missing.empty())
    missing(D, Missing, "keyword-only");
  if (!D.VarArg.empty())
    Out.push_back(std::move(VarArgs));
  if (!D.KwArg.empty())
    Out.push_back(std::move(KwArgs));
  return Out;
}
