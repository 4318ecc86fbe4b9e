//===- ArgParse.cpp - CPython's argument parsing of builtins --------------===//

#include "pyctl/Runtime/ArgParse.h"
#include "pyctl/Runtime/PythonError.h"

#include <algorithm>
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

std::string clinicTypeName(const Value &V) {
  return V.isNone() ? "None" : std::string(typeName(V));
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
