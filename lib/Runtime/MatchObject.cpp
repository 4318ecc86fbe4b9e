//===- MatchObject.cpp - re.Match objects ---------------------------------===//
#include "pyctl/Runtime/MatchObject.h"

#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/StrRepr.h"
#include "pyctl/Runtime/Subscript.h"
#include "pyctl/Runtime/Unicode.h"

namespace pyctl {

namespace {

[[noreturn]] void noSuchGroup() { throw PythonError("IndexError", "no such group"); }

/// sre's match_getindex: the group number \p G names.
size_t groupIndex(const MatchObject &M, const Value &G) {
  size_t Groups = M.Pattern->groupCount();
  switch (G.kind()) {
  case Value::Kind::Bool:
  case Value::Kind::Int: {
    auto I = G.toInt().toInt64();
    if (!I || *I < 0 || *I > int64_t(Groups))
      noSuchGroup();
    return size_t(*I);
  }
  case Value::Kind::Str: {
    size_t I = M.Pattern->groupIndex(G.asStr());
    if (!I)
      noSuchGroup();
    return I;
  }
  // Hashable objects that are neither an index nor a key of groupindex.
  case Value::Kind::None:
  case Value::Kind::Float:
  case Value::Kind::Range:
    noSuchGroup();
  case Value::Kind::List:
  case Value::Kind::Dict:
  case Value::Kind::Set:
    throwTypeError("unhashable type: '" + std::string(typeName(G)) + "'");
  default:
    throw UnsupportedError("a " + std::string(typeName(G)) + " as the group of a match");
  }
}

Value groupText(const MatchObject &M, size_t G, const Value &Default) {
  long S = M.Caps[2 * G], E = M.Caps[2 * G + 1];
  if (S < 0)
    return Default;
  return Value::str(unicode::encode(std::u32string_view(*M.Text).substr(S, E - S)));
}

/// The optional `default` of groups() / groupdict(), positional or keyword.
Value defaultArg(std::string_view Fn, const std::vector<Value> &Args, const KeywordArgs &Kwargs) {
  if (Args.size() > 1)
    throwTypeError(std::string(Fn) + "() takes at most 1 argument (" + std::to_string(Args.size()) +
                   " given)");
  for (auto &[Name, V] : Kwargs)
    if (Name != "default")
      throwTypeError("'" + Name + "' is an invalid keyword argument for " + std::string(Fn) + "()");
  if (Kwargs.size() > 1 || (Kwargs.size() == 1 && !Args.empty()))
    throw UnsupportedError(std::string(Fn) + "() with its default given twice");
  if (!Kwargs.empty())
    return Kwargs[0].second;
  return Args.empty() ? Value::none() : Args[0];
}

/// The group argument of start() / end() / span() (positional only).
size_t positionGroup(const MatchObject &M, std::string_view Fn, const std::vector<Value> &Args,
                     const KeywordArgs &Kwargs) {
  if (!Kwargs.empty())
    throwTypeError("Match." + std::string(Fn) + "() takes no keyword arguments");
  if (Args.size() > 1)
    throwTypeError(std::string(Fn) + " expected at most 1 argument, got " +
                   std::to_string(Args.size()));
  return Args.empty() ? 0 : groupIndex(M, Args[0]);
}

} // namespace

bool isMatchMethod(std::string_view Name) {
  return Name == "group" || Name == "groups" || Name == "groupdict" || Name == "start" ||
         Name == "end" || Name == "span";
}

Value callMatchMethod(const Value &Self, std::string_view Name, const std::vector<Value> &Args,
                      const KeywordArgs &Kwargs) {
  const MatchObject &M = *Self.asMatch();
  size_t Groups = M.Pattern->groupCount();
  if (Name == "group") {
    if (!Kwargs.empty())
      throwTypeError("Match.group() takes no keyword arguments");
    if (Args.empty())
      return groupText(M, 0, Value::none());
    if (Args.size() == 1)
      return groupText(M, groupIndex(M, Args[0]), Value::none());
    std::vector<Value> Out;
    for (const Value &G : Args)
      Out.push_back(groupText(M, groupIndex(M, G), Value::none()));
    return Value::tuple(std::move(Out));
  }
  if (Name == "groups") {
    Value Default = defaultArg("groups", Args, Kwargs);
    std::vector<Value> Out;
    for (size_t G = 1; G <= Groups; ++G)
      Out.push_back(groupText(M, G, Default));
    return Value::tuple(std::move(Out));
  }
  if (Name == "groupdict") {
    Value Default = defaultArg("groupdict", Args, Kwargs);
    Value Out = Value::dict();
    for (const auto &[GroupName, G] : M.Pattern->groupNames())
      setItem(Out, Value::str(GroupName), groupText(M, G, Default));
    return Out;
  }
  if (Name == "start" || Name == "end" || Name == "span") {
    size_t G = positionGroup(M, Name, Args, Kwargs);
    Value S = Value::integer(int64_t(M.Caps[2 * G]));
    Value E = Value::integer(int64_t(M.Caps[2 * G + 1]));
    if (Name == "start")
      return S;
    if (Name == "end")
      return E;
    return Value::tuple({S, E});
  }
  throw std::invalid_argument("not a Match method: " + std::string(Name));
}

Value matchGetItem(const MatchObject &M, const Value &Index) {
  return groupText(M, groupIndex(M, Index), Value::none());
}

std::string matchRepr(const MatchObject &M) {
  std::u32string Group0 =
      unicode::decode(strRepr(unicode::encode(std::u32string_view(*M.Text).substr(
          M.Caps[0], M.Caps[1] - M.Caps[0]))));
  if (Group0.size() > 50)
    Group0.resize(50);
  return "<re.Match object; span=(" + std::to_string(M.Caps[0]) + ", " +
         std::to_string(M.Caps[1]) + "), match=" + unicode::encode(Group0) + ">";
}

} // namespace pyctl
