//===- TracePrinter.cpp - Trace trees as indented text ---------------------===//
#include "pyctl/Trace/TracePrinter.h"

using namespace pyctl;
using json = nlohmann::json;

namespace {

std::string str(const json &J, const char *Field) {
  auto It = J.find(Field);
  return It != J.end() && It->is_string() ? It->get<std::string>() : std::string();
}

std::string expr(const json &E);
std::string keywords(const json &E);

std::string list(const json &Es) {
  std::string Out;
  if (!Es.is_array())
    return Out;
  for (size_t I = 0; I < Es.size(); ++I)
    Out += (I ? ", " : "") + expr(Es[I]);
  return Out;
}

/// ", name=value" for each keyword argument of a call node.
std::string keywords(const json &E) {
  std::string Out;
  auto It = E.find("keywords");
  if (It == E.end() || !It->is_array())
    return Out;
  bool HasArgs = false;
  for (const char *F : {"eventArgs", "methodCallArgs"})
    HasArgs |= E.contains(F) && E[F].is_array() && !E[F].empty();
  for (const auto &Kw : *It)
    if (Kw.is_object() && Kw.contains("value")) {
      Out += (HasArgs ? ", " : "") + (str(Kw, "name") == "**" ? "**" : str(Kw, "name") + "=") + expr(Kw["value"]);
      HasArgs = true;
    }
  return Out;
}

std::string expr(const json &E) {
  std::string K = str(E, "kind");
  if (K == "identifier") return str(E, "name");
  if (K == "integer" || K == "number" || K == "boolean") return E.value("value", json()).dump();
  if (K == "string") return E.value("value", json()).dump();
  if (K == "none") return "None";
  if (K == "undefined") return "undefined";
  if (K == "unknown") return "unknown";
  if (K == "argument") return "argument " + E.value("index", json()).dump();
  if (K == "binop") return "(" + expr(E["e1"]) + " " + str(E, "op") + " " + expr(E["e2"]) + ")";
  if (K == "op1") return "(" + str(E, "op") + (str(E, "op") == "not" ? " " : "") + expr(E["e"]) + ")";
  if (K == "primApp") return str(E, "event") + "(" + list(E["eventArgs"]) + keywords(E) + ")";
  if (K == "methodCall")
    return expr(E["e"]) + "." + str(E, "method") + "(" + list(E["methodCallArgs"]) + keywords(E) + ")";
  if (K == "default") return "default(" + expr(E["exp"]) + ", " + E.value("index", json()).dump() + ")";
  if (K == "callbackArg") return "callbackArg " + E.value("index", json()).dump();
  if (K == "callbackFn") return "callbackFn";
  if (K == "index") return expr(E["exp"]) + "[" + expr(E["index"]) + "]";
  if (K == "get") return expr(E["exp"]) + "." + str(E, "field");
  if (K == "from") return expr(E["exp"]) + "->" + str(E, "field");
  if (K == "array") return "[" + list(E["exps"]) + "]";
  if (K == "setDisplay") return "{" + list(E["exps"]) + "}";
  if (K == "tuple") return "(" + list(E["exps"]) + (E["exps"].size() == 1 ? ",)" : ")");
  if (K == "clos") {
    std::string Env;
    if (E.contains("tenv") && E["tenv"].is_object())
      for (auto It = E["tenv"].begin(); It != E["tenv"].end(); ++It)
        Env += (Env.empty() ? "" : ", ") + It.key() + ": " + expr(It.value());
    return "clos " + str(E, "function") + (Env.empty() ? "" : " {" + Env + "}");
  }
  if (K == "deref") return "*" + expr(E["exp"]);
  if (K == "starred") return "*(" + expr(E["exp"]) + ")";
  if (K == "newCell") return "newCell";
  if (K == "builtin") return str(E, "name");
  if (K == "slice") {
    auto Part = [&](const char *F) { return str(E[F], "kind") == "none" ? std::string() : expr(E[F]); };
    return Part("lower") + ":" + Part("upper") + (str(E["step"], "kind") == "none" ? "" : ":" + Part("step"));
  }
  if (K == "dict") {
    std::string Out;
    for (size_t I = 0; I < E["keys"].size() && I < E["values"].size(); ++I)
      Out += (I ? ", " : "") + expr(E["keys"][I]) + ": " + expr(E["values"][I]);
    return "{" + Out + "}";
  }
  if (K == "ifExp") return "(" + expr(E["then"]) + " if " + expr(E["cond"]) + " else " + expr(E["else"]) + ")";
  if (K == "reraise") return "raise";
  if (K == "del") return "del " + expr(E["exp"]);
  if (K == "raise" || K == "raiseValue" || K == "raiseCall") {
    std::string Out = K == "raise"       ? "raise " + str(E, "exception") + "(" + list(E["args"]) + ")"
                      : K == "raiseCall" ? "raise " + expr(E["exp"]) + "(" + list(E["args"]) + ")"
                                         : "raise " + expr(E["exp"]);
    if (E.contains("cause"))
      Out += " from " + expr(E["cause"]);
    return Out;
  }
  return E.dump();
}

class Printer {
public:
  explicit Printer(llvm::raw_ostream &OS) : OS(OS) {}

  void body(const json &B, unsigned Ind) {
    if (!B.is_array()) {
      line(Ind) << B.dump() << '\n';
      return;
    }
    if (B.empty())
      line(Ind) << "(empty)\n";
    for (const auto &S : B)
      stmt(S, Ind);
  }

  void stmt(const json &S, unsigned Ind) {
    std::string K = str(S, "kind");
    if (K == "block") {
      line(Ind) << "block\n";
      body(S["body"], Ind + 2);
    } else if (K == "label") {
      line(Ind) << "label " << str(S, "name") << '\n';
      body(S["body"], Ind + 2);
    } else if (K == "while") {
      line(Ind) << "while " << expr(S["cond"]) << '\n';
      body(S["body"], Ind + 2);
    } else if (K == "if") {
      line(Ind) << "if " << expr(S["cond"]) << '\n';
      body(S["truePart"], Ind + 2);
      line(Ind) << "else\n";
      body(S["falsePart"], Ind + 2);
    } else if (K == "let" || K == "set") {
      std::string Name = S["name"].is_string() ? S["name"].get<std::string>() : expr(S["name"]);
      const json &Named = S["named"];
      std::string NK = str(Named, "kind");
      line(Ind) << K << ' ' << Name << " =";
      if (NK == "block") {
        OS << '\n';
        stmt(Named, Ind + 2);
      } else {
        OS << ' ' << expr(Named) << '\n';
        callback(Named, Ind + 2);
      }
    } else if (K == "try") {
      line(Ind) << "try\n";
      body(S["body"], Ind + 2);
      for (const auto &H : S["handlers"]) {
        std::string Types;
        for (const auto &T : H["types"])
          Types += (Types.empty() ? "" : ", ") + (T.is_string() ? T.get<std::string>() : T.dump());
        if (H.contains("typesExp"))
          Types = expr(H["typesExp"]);
        line(Ind) << "except " << Types;
        if (H.contains("name"))
          OS << " as " << expr(H["name"]);
        OS << '\n';
        body(H["body"], Ind + 2);
      }
      line(Ind) << "else\n";
      body(S["orelse"], Ind + 2);
      line(Ind) << "finally\n";
      body(S["finalbody"], Ind + 2);
    } else if (K == "break") {
      line(Ind) << "break " << str(S, "name");
      if (str(S["value"], "kind") == "block") {
        OS << '\n';
        stmt(S["value"], Ind + 2);
      } else {
        OS << ' ' << expr(S["value"]) << '\n';
      }
    } else {
      line(Ind) << expr(S) << '\n';
      callback(S, Ind + 2);
    }
  }

  /// The `callback` label of a builtin call that calls back a user function,
  /// and the `pullCallback` label of a pulling point.
  void callback(const json &Call, unsigned Ind) {
    if (Call.is_object() && Call.contains("callback")) {
      line(Ind) << "callback\n";
      stmt(Call["callback"], Ind + 2);
    }
    if (Call.is_object() && Call.contains("pullCallback")) {
      line(Ind) << "pullCallback\n";
      stmt(Call["pullCallback"], Ind + 2);
    }
  }

private:
  llvm::raw_ostream &OS;
  llvm::raw_ostream &line(unsigned Ind) { return OS.indent(Ind); }
};

} // namespace

void pyctl::printTrace(const json &TraceOrFile, llvm::raw_ostream &OS) {
  const json &Root = TraceOrFile.contains("trace") ? TraceOrFile["trace"] : TraceOrFile;
  if (TraceOrFile.contains("entry")) {
    std::string Params;
    for (const auto &P : TraceOrFile.value("params", json::array()))
      Params += (Params.empty() ? "" : ", ") + (P.is_string() ? P.get<std::string>() : P.dump());
    OS << "; entry " << str(TraceOrFile, "entry") << '(' << Params << "), "
       << TraceOrFile.value("invocations", json()).dump() << " invocations\n";
  }
  Printer(OS).stmt(Root, 0);
}
