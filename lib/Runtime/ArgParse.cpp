//===- ArgParse.cpp - CPython's argument parsing of builtins --------------===//

#include "pyctl/Runtime/ArgParse.h"
#include "pyctl/Runtime/PythonError.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace pyctl {

static std::string arguments(size_t N) {
  return std::to_string(N) + (N == 1 ? " argument" : " arguments");
}

static const Value *findKeyword(const KeywordArgs &Kw, std::string_view Name) {
  for (const auto &[K, V] : Kw)
    if (K == Name)
      return &V;
  return nullptr;
}

std::vector<const Value *> parseArgs(const ArgSignature &Sig, const std::vector<Value> &Args,
                                     const KeywordArgs &Kw) {
  std::string F = std::string(Sig.FName) + "()";
  size_t NArgs = Args.size(), NKw = Kw.size(), MaxArgs = Sig.Params.size();
  size_t MaxPos = std::min(Sig.MaxPos, MaxArgs);
  std::vector<const Value *> Out(MaxArgs, nullptr);
  if (NKw == 0 && Sig.MinPos <= NArgs && NArgs <= MaxPos) {
    for (size_t I = 0; I < NArgs; ++I)
      Out[I] = &Args[I];
    return Out;
  }
  if (NArgs + NKw > MaxArgs)
    throwTypeError(F + " takes at most " + std::to_string(MaxArgs) + " " +
                   (NArgs == 0 ? "keyword " : "") + (MaxArgs == 1 ? "argument" : "arguments") +
                   " (" + std::to_string(NArgs + NKw) + " given)");
  if (NArgs > MaxPos) {
    if (MaxPos == 0)
      throwTypeError(F + " takes no positional arguments");
    throwTypeError(F + " takes " + (Sig.MinPos < MaxPos ? "at most " : "exactly ") +
                   std::to_string(MaxPos) + " positional " +
                   (MaxPos == 1 ? "argument" : "arguments") + " (" + std::to_string(NArgs) +
                   " given)");
  }
  size_t MinPosOnly = std::min(Sig.PosOnly, Sig.MinPos);
  if (NArgs < MinPosOnly)
    throwTypeError(F + " takes " + (MinPosOnly < MaxPos ? "at least " : "exactly ") +
                   std::to_string(MinPosOnly) + " positional " +
                   (MinPosOnly == 1 ? "argument" : "arguments") + " (" + std::to_string(NArgs) +
                   " given)");
  size_t Left = NKw;
  for (size_t I = 0; I < MaxArgs; ++I) {
    if (I < NArgs)
      Out[I] = &Args[I];
    else if (Left && I >= Sig.PosOnly && (Out[I] = findKeyword(Kw, Sig.Params[I])))
      --Left;
    if (!Out[I] && I < Sig.MinPos)
      throwTypeError(F + " missing required argument '" + std::string(Sig.Params[I]) +
                     "' (pos " + std::to_string(I + 1) + ")");
  }
  if (Left) {
    for (size_t I = Sig.PosOnly; I < NArgs; ++I)
      if (findKeyword(Kw, Sig.Params[I]))
        throwTypeError("argument for " + F + " given by name ('" + std::string(Sig.Params[I]) +
                       "') and position (" + std::to_string(I + 1) + ")");
    for (const auto &[K, V] : Kw) {
      auto It = std::find(Sig.Params.begin() + std::ptrdiff_t(Sig.PosOnly), Sig.Params.end(), K);
      if (It == Sig.Params.end())
        throwTypeError("'" + K + "' is an invalid keyword argument for " + F);
    }
  }
  return Out;
}

std::vector<const Value *> bindPythonArgs(const PySignature &Sig, const std::vector<Value> &Args,
                                          const KeywordArgs &Kw) {
  std::string F = std::string(Sig.Name) + "()";
  size_t NPos = Sig.Params.size(), NKwOnly = Sig.KwOnly.size();
  std::vector<const Value *> Out(NPos + NKwOnly, nullptr);
  for (size_t I = 0; I < std::min(Args.size(), NPos); ++I)
    Out[I] = &Args[I];
  size_t KwOnlyGiven = 0;
  for (const auto &[K, V] : Kw) {
    size_t Slot = std::find(Sig.Params.begin(), Sig.Params.end(), K) - Sig.Params.begin();
    if (Slot == NPos)
      Slot = NPos + size_t(std::find(Sig.KwOnly.begin(), Sig.KwOnly.end(), K) - Sig.KwOnly.begin());
    if (Slot == NPos + NKwOnly) {
      if (!Sig.VarKeywords)
        throwTypeError(F + " got an unexpected keyword argument '" + K + "'");
      continue;
    }
    if (Out[Slot])
      throwTypeError(F + " got multiple values for argument '" + K + "'");
    Out[Slot] = &V;
    KwOnlyGiven += Slot >= NPos;
  }
  if (Args.size() > NPos) {
    size_t Defaults = NPos - Sig.Required;
    std::string Takes = Defaults ? "from " + std::to_string(Sig.Required) + " to " + std::to_string(NPos)
                                 : std::to_string(NPos);
    std::string Given = std::to_string(Args.size());
    if (KwOnlyGiven)
      Given += std::string(" positional argument") + (Args.size() != 1 ? "s" : "") + " (and " +
               std::to_string(KwOnlyGiven) + " keyword-only argument" +
               (KwOnlyGiven != 1 ? "s" : "") + ")";
    throwTypeError(F + " takes " + Takes + " positional argument" +
                   (Defaults || NPos != 1 ? "s" : "") + " but " + Given + " " +
                   (Args.size() == 1 && !KwOnlyGiven ? "was" : "were") + " given");
  }
  std::vector<std::string_view> Missing;
  for (size_t I = 0; I < Sig.Required; ++I)
    if (!Out[I])
      Missing.push_back(Sig.Params[I]);
  if (!Missing.empty()) {
    std::string Names;
    for (size_t I = 0; I < Missing.size(); ++I) {
      if (I)
        Names += (I + 1 == Missing.size()) ? (Missing.size() == 2 ? " and " : ", and ") : ", ";
      Names += "'" + std::string(Missing[I]) + "'";
    }
    throwTypeError(F + " missing " + std::to_string(Missing.size()) + " required positional argument" +
                   (Missing.size() > 1 ? "s" : "") + ": " + Names);
  }
  return Out;
}

std::string clinicTypeName(const Value &V) {
  return V.isNone() ? "None" : std::string(typeName(V));
}

bool cIntFlagArg(const Value &V) {
  if (!V.isIntegral())
    throwTypeError("'" + std::string(typeName(V)) + "' object cannot be interpreted as an integer");
  auto N = V.toInt().toInt64();
  if (!N || *N > INT32_MAX || *N < INT32_MIN)
    throwOverflowError("Python int too large to convert to C int");
  return *N != 0;
}

void rejectKeywords(std::string_view Name, const KeywordArgs &Kw) {
  if (!Kw.empty())
    throwTypeError(std::string(Name) + "() takes no keyword arguments");
}

void checkPositional(std::string_view Name, size_t Given, size_t Min, size_t Max) {
  std::string N(Name);
  if (Min == Max && Given != Min)
    throwTypeError(N + " expected " + arguments(Min) + ", got " + std::to_string(Given));
  if (Given < Min)
    throwTypeError(N + " expected at least " + arguments(Min) + ", got " + std::to_string(Given));
  if (Given > Max)
    throwTypeError(N + " expected at most " + arguments(Max) + ", got " + std::to_string(Given));
}

} // namespace pyctl
