//===- TraceMerge.cpp - Merging trace trees -------------------------------===//
#include "pyctl/Trace/TraceMerge.h"

using namespace pyctl;
using json = nlohmann::json;

namespace {

bool isUnknown(const json &N) { return N.is_object() && N.value("kind", "") == "unknown"; }

bool isGuard(const json &N) {
  if (N.value("kind", "") != "if")
    return false;
  const json &C = N["cond"];
  if (!C.is_object() || C.value("kind", "") != "primApp")
    return false;
  // Callee guards, and the shape guards of calls with `*` / `**` (docs/trace-format.md).
  std::string Event = C.value("event", "");
  return Event == "isFunction" || Event == "argCount" || Event == "argKeys";
}

bool isBodyField(const std::string &Field) {
  return Field == "body" || Field == "truePart" || Field == "falsePart" || Field == "orelse" ||
         Field == "finalbody";
}

/// A short description of a node for error messages: its kind and the
/// identifying field, e.g. "set x$1" or "if".
std::string describe(const json &N) {
  if (!N.is_object())
    return N.dump();
  std::string D = N.value("kind", "?");
  if (N.contains("name")) {
    const json &Name = N["name"];
    if (Name.is_string())
      D += " " + Name.get<std::string>();
    else if (Name.is_object() && Name.contains("name") && Name["name"].is_string())
      D += " " + Name["name"].get<std::string>();
  }
  std::string Text = N.dump();
  if (Text.size() > 160)
    Text = Text.substr(0, 157) + "...";
  return D + " " + Text;
}

[[noreturn]] void conflict(const json &A, const json &B) {
  throw TraceMergeError("traces disagree: '" + describe(A) + "' vs '" + describe(B) + "'");
}

json mergeValue(const json &A, const json &B);
json mergeEnvironments(const json &A, const json &B);

json mergeNode(const json &A, const json &B) {
  if (isUnknown(A))
    return B;
  if (isUnknown(B))
    return A;
  if (!A.is_object() || !B.is_object())
    conflict(A, B);
  if (A.value("kind", "") != B.value("kind", ""))
    conflict(A, B);
  if (isGuard(A) && isGuard(B) && A["cond"] != B["cond"]) {
    // Another callee at this call site: its guard joins the chain.
    json Out = A;
    Out["falsePart"] = mergeTraceBodies(A["falsePart"], json::array({B}));
    return Out;
  }
  if (A.size() != B.size())
    conflict(A, B);
  json Out = json::object();
  for (auto It = A.begin(); It != A.end(); ++It) {
    const std::string &Field = It.key();
    if (!B.contains(Field))
      conflict(A, B);
    const json &BV = B[Field];
    if (isBodyField(Field)) {
      Out[Field] = mergeTraceBodies(It.value(), BV);
      continue;
    }
    if (Field == "tenv") {
      // A map from variable names to nodes: a variable may be named `kind`.
      Out[Field] = mergeEnvironments(It.value(), BV);
      continue;
    }
    // A disagreement inside an expression is reported at the node holding
    // it (the statement), which is what a reader can find in the source.
    try {
      Out[Field] = mergeValue(It.value(), BV);
    } catch (const TraceMergeError &) {
      // An inlined call (a block) reports the statement inside it instead.
      if (It.value().is_object() && It.value().value("kind", "") == "block")
        throw;
      conflict(A, B);
    }
  }
  return Out;
}

/// A clos's `tenv` (variable name -> node), or any other plain object: same
/// keys, merged values. A variable may be named `kind`, so mergeNode calls this
/// for `tenv` by its field name rather than by its shape.
json mergeEnvironments(const json &A, const json &B) {
  if (!A.is_object() || !B.is_object() || A.size() != B.size())
    conflict(A, B);
  json Out = json::object();
  for (auto It = A.begin(); It != A.end(); ++It) {
    if (!B.contains(It.key()))
      conflict(A, B);
    Out[It.key()] = mergeValue(It.value(), B[It.key()]);
  }
  return Out;
}

/// Non-body fields: nested nodes merge (an inlined call's block inside a
/// `set`), lists of nodes merge item by item, everything else must be equal.
json mergeValue(const json &A, const json &B) {
  if (A.is_object() && B.is_object() && A.contains("kind") && B.contains("kind"))
    return mergeNode(A, B);
  if (A.is_array() && B.is_array()) {
    if (A.size() != B.size())
      conflict(A, B);
    json Out = json::array();
    for (size_t I = 0; I < A.size(); ++I)
      Out.push_back(mergeValue(A[I], B[I]));
    return Out;
  }
  if (A.is_object() && B.is_object())
    return mergeEnvironments(A, B); // a plain object: same keys, merged values
  if (A != B)
    conflict(A, B);
  return A;
}

} // namespace

json pyctl::mergeTraceNodes(const json &A, const json &B) { return mergeNode(A, B); }

json pyctl::mergeTraceBodies(const json &A, const json &B) {
  if (!A.is_array() || !B.is_array())
    throw TraceMergeError("a trace body is not an array");
  json Out = json::array();
  size_t I = 0;
  for (;; ++I) {
    bool AEnd = I >= A.size(), BEnd = I >= B.size();
    if (AEnd && BEnd)
      return Out;
    if (AEnd || BEnd) {
      // One side ended: the other may only have its trailing unknown left.
      const json &Rest = AEnd ? B : A;
      if (I + 1 == Rest.size() && isUnknown(Rest[I]))
        return Out;
      conflict(AEnd ? json{{"kind", "end of block"}} : A[I], BEnd ? json{{"kind", "end of block"}} : B[I]);
    }
    if (isUnknown(A[I])) {
      for (size_t J = I; J < B.size(); ++J)
        Out.push_back(B[J]);
      return Out;
    }
    if (isUnknown(B[I])) {
      for (size_t J = I; J < A.size(); ++J)
        Out.push_back(A[J]);
      return Out;
    }
    Out.push_back(mergeNode(A[I], B[I]));
  }
}

json pyctl::mergeTraceFiles(const json &A, const json &B) {
  for (const char *Field : {"entry", "params"})
    if (A.value(Field, json()) != B.value(Field, json()))
      throw TraceMergeError(std::string("cannot merge traces of different functions: '") + Field +
                            "' is " + A.value(Field, json()).dump() + " in one and " +
                            B.value(Field, json()).dump() + " in the other");
  std::string HA = A.value("/source/sha256"_json_pointer, std::string());
  std::string HB = B.value("/source/sha256"_json_pointer, std::string());
  if (HA != HB)
    throw TraceMergeError("cannot merge traces of different source files (sha256 " + HA + " vs " + HB + ")");
  json Out = A;
  Out["trace"] = mergeNode(A["trace"], B["trace"]);
  Out["invocations"] = A.value("invocations", 0) + B.value("invocations", 0);
  return Out;
}

namespace {

void renameField(json &N, const char *From, const char *To) {
  if (N.contains(From) && !N.contains(To)) {
    N[To] = std::move(N[From]);
    N.erase(From);
  }
}

void normalizeNode(json &N, const std::string &Where) {
  if (N.is_array()) {
    for (auto &X : N)
      normalizeNode(X, Where);
    return;
  }
  if (!N.is_object())
    return;
  if (!N.contains("kind")) {
    // Plain objects (a clos's tenv) hold nodes as values.
    for (auto It = N.begin(); It != N.end(); ++It)
      normalizeNode(It.value(), Where);
    return;
  }
  if (!N["kind"].is_string())
    throw TraceMergeError("malformed trace in " + Where + ": 'kind' is not a string");
  renameField(N, "condition", "cond");
  renameField(N, "true_part", "truePart");
  renameField(N, "false_part", "falsePart");
  renameField(N, "event_args", "eventArgs");
  renameField(N, "callback_args", "callbackArgs");
  if (N["kind"] == "set" && N.contains("name") && N["name"].is_string())
    N["name"] = json{{"kind", "identifier"}, {"name", N["name"]}};
  for (auto It = N.begin(); It != N.end(); ++It) {
    if (It.key() == "kind")
      continue;
    if (It.key() == "tenv" && It.value().is_object()) {
      // Variable names as keys (one may be `kind`), nodes as values.
      for (auto V = It.value().begin(); V != It.value().end(); ++V)
        normalizeNode(V.value(), Where);
      continue;
    }
    normalizeNode(It.value(), Where);
  }
}

} // namespace

void pyctl::normalizeTraceFile(json &File) {
  if (!File.is_object() || File.value("format", json()) != "pyctl-trace")
    throw TraceMergeError("not a pyctl trace file (expected \"format\": \"pyctl-trace\")");
  if (File.value("version", json()) != 1)
    throw TraceMergeError("unsupported trace version " + File.value("version", json()).dump() +
                          " (this pyctl reads version 1)");
  // The envelope fields merging reads: wrong types would otherwise surface as
  // json type errors deep inside a mode.
  if (File.contains("source")) {
    const json &Source = File["source"];
    if (!Source.is_object() || (Source.contains("sha256") && !Source["sha256"].is_string()) ||
        (Source.contains("path") && !Source["path"].is_string()))
      throw TraceMergeError("malformed trace: 'source' must be an object with string 'path' and 'sha256'");
  }
  if (File.contains("invocations") && !File["invocations"].is_number_unsigned())
    throw TraceMergeError("malformed trace: 'invocations' must be a non-negative integer");
  if (File.contains("entry") && !File["entry"].is_string())
    throw TraceMergeError("malformed trace: 'entry' must be a string");
  if (!File.contains("trace") || !File["trace"].is_object())
    throw TraceMergeError("trace file has no 'trace' node");
  if (!File.contains("params") || !File["params"].is_array())
    throw TraceMergeError("trace file has no 'params' list");
  normalizeNode(File["trace"], "trace");
}
