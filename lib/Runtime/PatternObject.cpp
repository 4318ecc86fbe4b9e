//===- PatternObject.cpp - re.Pattern objects -----------------------------===//
#include "pyctl/Runtime/PatternObject.h"

#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/ReModule.h"
#include "pyctl/Runtime/StrRepr.h"
#include "pyctl/Runtime/Unicode.h"

#include <algorithm>

namespace pyctl {

bool isPatternMethod(std::string_view Name) {
  return Name == "search" || Name == "match" || Name == "fullmatch" || Name == "findall" ||
         Name == "sub" || Name == "subn" || Name == "split" || Name == "finditer";
}

Value callPatternMethod(const Value &Self, std::string_view Name, std::vector<Value> Args,
                        const KeywordArgs &Kwargs) {
  // The parameters of Pattern.NAME that re.NAME shares (after its pattern).
  std::string What = "re.Pattern." + std::string(Name);
  if (Name == "search" || Name == "match" || Name == "fullmatch" || Name == "findall" ||
      Name == "finditer") {
    // (string, pos=0, endpos=sys.maxsize)
    const Value *Bound[3] = {nullptr, nullptr, nullptr};
    static const char *const Names[3] = {"string", "pos", "endpos"};
    if (Args.size() > 3)
      throw UnsupportedError(What + " with too many arguments");
    for (size_t I = 0; I < Args.size(); ++I)
      Bound[I] = &Args[I];
    for (auto &[Key, V] : Kwargs) {
      size_t I = 0;
      while (I < 3 && Key != Names[I]) ++I;
      if (I == 3 || Bound[I])
        throw UnsupportedError(What + " keyword '" + Key + "'");
      Bound[I] = &V;
    }
    if (!Bound[0])
      throw UnsupportedError(What + " without a string");
    if (Bound[1] || Bound[2])
      return callPatternWithBounds(Name, Self.asPattern()->Source, Self.asPattern()->Compiled->flags(),
                                   *Bound[0], Bound[1], Bound[2]);
  }
  std::vector<std::string_view> Params;
  if (Name == "sub" || Name == "subn")
    Params = {"repl", "string", "count"};
  else if (Name == "split")
    Params = {"string", "maxsplit"};
  else
    Params = {"string"};
  if (Args.size() > Params.size())
    throw UnsupportedError(What + " with pos / endpos or too many arguments");
  for (auto &[Key, V] : Kwargs)
    if (std::find(Params.begin(), Params.end(), Key) == Params.end())
      throw UnsupportedError(What + " keyword '" + Key + "'");
  // CPython words a Pattern method's binding errors as Argument Clinic does,
  // not as re.NAME's (which the call below would raise): refused.
  size_t Required = Name == "sub" || Name == "subn" ? 2 : 1;
  for (size_t I = 0; I < Params.size(); ++I) {
    bool ByName = std::any_of(Kwargs.begin(), Kwargs.end(),
                              [&](const auto &KV) { return KV.first == Params[I]; });
    if (ByName && I < Args.size())
      throw UnsupportedError(What + " with an argument given by name and position");
    if (I < Required && !ByName && I >= Args.size())
      throw UnsupportedError(What + " with missing arguments");
  }
  Args.insert(Args.begin(), Value::str(Self.asPattern()->Source));
  // The pattern's own flags (compiling with them again gives the same
  // pattern: they already hold its inline flags).
  KeywordArgs WithFlags = Kwargs;
  WithFlags.emplace_back("flags", Value::integer(int64_t(Self.asPattern()->Compiled->flags())));
  return callReFunction("re." + std::string(Name), Args, WithFlags);
}

bool samePattern(const PatternObject &A, const PatternObject &B) {
  return A.Source == B.Source && A.Compiled->flags() == B.Compiled->flags();
}

std::string patternRepr(const PatternObject &P) {
  std::u32string R = unicode::decode(strRepr(P.Source));
  if (R.size() > 200)
    R.resize(200);
  // _sre's pattern_repr: the flag names in this order, without UNICODE
  // when it is a str pattern's default.
  static const std::pair<unsigned, const char *> Names[] = {
      {2, "re.IGNORECASE"}, {8, "re.MULTILINE"}, {16, "re.DOTALL"}, {32, "re.UNICODE"},
      {64, "re.VERBOSE"},   {256, "re.ASCII"}};
  unsigned Flags = P.Compiled->flags() & ~32u; // UNICODE is the default (never with ASCII)
  std::string F;
  for (auto &[Bit, Name] : Names)
    if (Flags & Bit)
      F += (F.empty() ? "" : "|") + std::string(Name);
  return "re.compile(" + unicode::encode(R) + (F.empty() ? "" : ", " + F) + ")";
}

} // namespace pyctl
