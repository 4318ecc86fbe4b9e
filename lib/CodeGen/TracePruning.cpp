//===- TracePruning.cpp - Keep compiled code within rustc's means ----------===//
#include "pyctl/CodeGen/TracePruning.h"

#include <string>
#include <vector>

using namespace pyctl;
using json = nlohmann::json;

namespace {

/// The node kind of \p N, or "" for anything that is no node (a clos's tenv
/// maps variable names to nodes, and a variable may be named `kind`).
std::string kindOf(const json &N) {
  if (!N.is_object())
    return "";
  auto K = N.find("kind");
  return K != N.end() && K->is_string() ? K->get<std::string>() : "";
}

bool isGuard(const json &N) {
  if (kindOf(N) != "if" || !N.contains("cond"))
    return false;
  const json &C = N["cond"];
  return kindOf(C) == "primApp" && C.value("event", json()) == "isFunction";
}

/// Counts nodes by inlined-call depth: a guard's truePart (the inlined
/// callee) is one level deeper than the guard.
void count(const json &N, unsigned Depth, std::vector<size_t> &PerDepth) {
  if (N.is_array()) {
    for (const auto &X : N)
      count(X, Depth, PerDepth);
    return;
  }
  if (!N.is_object())
    return;
  if (!kindOf(N).empty()) {
    if (PerDepth.size() <= Depth)
      PerDepth.resize(Depth + 1);
    ++PerDepth[Depth];
  }
  bool Guard = isGuard(N);
  for (auto It = N.begin(); It != N.end(); ++It)
    count(It.value(), Guard && It.key() == "truePart" ? Depth + 1 : Depth, PerDepth);
}

/// Replaces the callee of every guard at depth >= Cut with an `unknown` whose
/// `reason` (the fallback reason compiled code reports) is \p Reason.
void cut(json &N, unsigned Depth, unsigned Cut, const std::string &Reason) {
  if (N.is_array()) {
    for (auto &X : N)
      cut(X, Depth, Cut, Reason);
    return;
  }
  if (!N.is_object())
    return;
  bool Guard = isGuard(N);
  if (Guard && Depth + 1 >= Cut) {
    N["truePart"] = json::array({json{{"kind", "unknown"}, {"reason", Reason}}});
    cut(N["falsePart"], Depth, Cut, Reason);
    return;
  }
  for (auto It = N.begin(); It != N.end(); ++It)
    cut(It.value(), Guard && It.key() == "truePart" ? Depth + 1 : Depth, Cut, Reason);
}

} // namespace

json pyctl::pruneForCompilation(const json &TraceFile, const PruneLimits &Limits) {
  if (!TraceFile.is_object() || !TraceFile.contains("trace"))
    return TraceFile;
  std::vector<size_t> PerDepth;
  count(TraceFile["trace"], 0, PerDepth);
  // The deepest level that keeps the whole within MaxNodes and MaxCallDepth.
  unsigned Keep = 0;
  size_t Total = 0;
  for (; Keep < PerDepth.size() && Keep <= Limits.MaxCallDepth; ++Keep) {
    if (Total + PerDepth[Keep] > Limits.MaxNodes && Keep > 0)
      break;
    Total += PerDepth[Keep];
  }
  if (Keep >= PerDepth.size())
    return TraceFile;
  // The reason names the limit that cut: the input was traced, so "path never
  // traced" would mislead whoever reads PYCTL_FALLBACK_REASON.
  std::string Reason = Keep > Limits.MaxCallDepth
                           ? "calls nested more than " + std::to_string(Limits.MaxCallDepth) +
                                 " deep are not compiled"
                           : "calls nested " + std::to_string(Keep) + " deep are not compiled (the trace is over " +
                                 std::to_string(Limits.MaxNodes) + " nodes)";
  json Out = TraceFile;
  cut(Out["trace"], 0, Keep, Reason);
  return Out;
}
