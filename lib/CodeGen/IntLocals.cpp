//===- IntLocals.cpp - Variables compiled code may keep as i64 ------------===//
//
// One walk over the trace collects, per IR name, the values its `let`s and `set`s give it and
// whether it is ever deleted or unpacked into; then the int-typed names are found as a greatest
// fixpoint (see IntLocals.h).
//
//===----------------------------------------------------------------------===//

#include "pyctl/CodeGen/IntLocals.h"

#include <limits>
#include <map>
#include <string_view>
#include <vector>

using nlohmann::json;

namespace pyctl {
namespace {

bool isKind(const json &Node, std::string_view Kind) {
  if (!Node.is_object())
    return false;
  auto K = Node.find("kind");
  return K != Node.end() && K->is_string() && K->get_ref<const std::string &>() == Kind;
}

/// The name an `identifier` node reads, or "" for anything else.
std::string identifierName(const json &Node) {
  if (!isKind(Node, "identifier"))
    return "";
  auto N = Node.find("name");
  return N != Node.end() && N->is_string() ? N->get<std::string>() : "";
}

/// Whether a `primApp` / `methodCall` has keywords, `*` items or callback labels.
bool plainCall(const json &Node, const char *ArgsField) {
  if (Node.contains("callback") || Node.contains("pullCallback"))
    return false;
  auto Kw = Node.find("keywords");
  if (Kw != Node.end() && !(Kw->is_array() && Kw->empty()))
    return false;
  auto Args = Node.find(ArgsField);
  if (Args == Node.end() || !Args->is_array())
    return false;
  for (const json &A : *Args)
    if (isKind(A, "starred"))
      return false;
  return true;
}

/// The arguments of the plain builtin call \p Node of \p Event, or nullptr.
const json *plainEventArgs(const json &Node, std::string_view Event) {
  if (!isKind(Node, "primApp") || !Node.contains("event") || Node["event"] != Event ||
      !plainCall(Node, "eventArgs"))
    return nullptr;
  return &Node["eventArgs"];
}

/// What the trace does to one IR name.
struct NameUse {
  std::vector<const json *> Values; ///< the values of its `let`s and `set`s
  bool HasLet = false;
  bool Banned = false; ///< deleted, unpacked into, or assigned through an odd lvalue
};

class Collector {
public:
  std::map<std::string, NameUse> Names;

  void walk(const json &Node) {
    if (Node.is_array()) {
      for (const json &Item : Node)
        walk(Item);
      return;
    }
    if (!Node.is_object())
      return;
    if (isKind(Node, "let")) {
      auto N = Node.find("name");
      auto V = Node.find("named");
      if (N != Node.end() && N->is_string()) {
        NameUse &U = Names[N->get<std::string>()];
        U.HasLet = true;
        if (V != Node.end())
          U.Values.push_back(&*V);
        else
          U.Banned = true;
      }
    } else if (isKind(Node, "set")) {
      auto L = Node.find("name");
      auto V = Node.find("named");
      if (L != Node.end()) {
        std::string Target = L->is_string() ? L->get<std::string>() : identifierName(*L);
        if (!Target.empty()) {
          NameUse &U = Names[Target];
          if (V != Node.end())
            U.Values.push_back(&*V);
          else
            U.Banned = true;
        } else if (isKind(*L, "tuple")) {
          ban(*L);
        }
      }
    } else if (isKind(Node, "del")) {
      if (auto E = Node.find("exp"); E != Node.end())
        ban(*E);
    } else if (isKind(Node, "handler")) {
      // `except E as x` binds x to the exception (and unbinds it when the handler is left).
      if (auto N = Node.find("name"); N != Node.end())
        ban(*N);
    }
    for (const auto &Item : Node.items())
      walk(Item.value());
  }

private:
  /// Bans every variable an lvalue (a `tuple` of targets, a `starred` one, an `identifier`)
  /// writes or deletes directly.
  void ban(const json &Lvalue) {
    if (Lvalue.is_string()) {
      Names[Lvalue.get<std::string>()].Banned = true;
      return;
    }
    std::string Name = identifierName(Lvalue);
    if (!Name.empty()) {
      Names[Name].Banned = true;
      return;
    }
    if (isKind(Lvalue, "tuple")) {
      if (auto Exps = Lvalue.find("exps"); Exps != Lvalue.end() && Exps->is_array())
        for (const json &T : *Exps)
          ban(T);
    } else if (isKind(Lvalue, "starred")) {
      if (auto E = Lvalue.find("exp"); E != Lvalue.end())
        ban(*E);
    }
  }
};

bool isUndefined(const json &Node) { return isKind(Node, "undefined"); }

/// An `integer` constant that fits in 64 bits (a JSON integer; the decimal strings of bigger
/// ints are left to the Value lowering, which falls back on them).
bool isSmallInteger(const json &Node) {
  if (!isKind(Node, "integer"))
    return false;
  auto V = Node.find("value");
  if (V == Node.end())
    return false;
  if (V->is_number_unsigned())
    return V->get<unsigned long long>() <=
           static_cast<unsigned long long>(std::numeric_limits<long long>::max());
  return V->is_number_integer();
}

} // namespace

bool IntLocals::isIntExpr(const json &Node) const {
  if (isSmallInteger(Node))
    return true;
  std::string Name = identifierName(Node);
  if (!Name.empty())
    return isIntName(Name);
  if (isKind(Node, "binop")) {
    auto Op = Node.find("op");
    auto E1 = Node.find("e1");
    auto E2 = Node.find("e2");
    if (Op == Node.end() || !Op->is_string() || E1 == Node.end() || E2 == Node.end())
      return false;
    const std::string &O = Op->get_ref<const std::string &>();
    if (O != "+" && O != "-" && O != "*" && O != "//" && O != "%" && O != "+=" && O != "-=" && O != "*=")
      return false;
    return isIntExpr(*E1) && isIntExpr(*E2);
  }
  if (const json *Args = plainEventArgs(Node, "len"))
    // len() gives an int (64 bits hold every length) or raises.
    return Args->size() == 1;
  if (isKind(Node, "op1")) {
    auto Op = Node.find("op");
    auto E = Node.find("e");
    if (Op == Node.end() || E == Node.end() || !(*Op == "-" || *Op == "+"))
      return false;
    return isIntExpr(*E);
  }
  return false;
}

bool IntLocals::isRangeItem(const json &Node) const {
  std::string Name = identifierName(Node);
  return !Name.empty() && RangeSteps.count(Name) != 0;
}

IntLocals::IntLocals(const json &Trace) {
  Collector C;
  C.walk(Trace);
  auto Usable = [](const NameUse &U) { return U.HasLet && !U.Banned; };

  // The usable names given at least one value and only values (beside `undefined`) that
  // satisfy Pred.
  auto NamesAssignedOnly = [&](auto Pred) {
    std::set<std::string> Out;
    for (const auto &[Name, U] : C.Names) {
      if (!Usable(U))
        continue;
      bool Any = false, All = true;
      for (const json *V : U.Values) {
        if (isUndefined(*V))
          continue;
        All = All && Pred(*V);
        Any = true;
      }
      if (Any && All)
        Out.insert(Name);
    }
    return Out;
  };
  // Range iterators: every assignment is iter(range(...)).
  std::set<std::string> RangeIters = NamesAssignedOnly([](const json &V) {
    const json *Args = plainEventArgs(V, "iter");
    return Args && Args->size() == 1 && plainEventArgs((*Args)[0], "range");
  });
  // Range steps: every assignment is next(it, sentinel) of a range iterator.
  RangeSteps = NamesAssignedOnly([&](const json &V) {
    const json *Args = plainEventArgs(V, "next");
    return Args && Args->size() == 2 && RangeIters.count(identifierName((*Args)[0])) != 0;
  });
  // Int-typed names: start from every candidate, drop the ones given a value that is not an int
  // expression until none changes.
  // A variable only ever declared (read, it falls back either way) stays a Value.
  for (const auto &[Name, U] : C.Names) {
    bool Assigned = false;
    for (const json *V : U.Values)
      Assigned = Assigned || !isUndefined(*V);
    if (Usable(U) && Assigned)
      Ints.insert(Name);
  }
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (auto It = Ints.begin(); It != Ints.end();) {
      bool Ok = true;
      for (const json *V : C.Names[*It].Values)
        Ok = Ok && (isUndefined(*V) || isIntExpr(*V) || isRangeItem(*V));
      if (Ok) {
        ++It;
      } else {
        It = Ints.erase(It);
        Changed = true;
      }
    }
  }
}

} // namespace pyctl
