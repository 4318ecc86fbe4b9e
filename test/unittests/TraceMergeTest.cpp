//===- TraceMergeTest.cpp - Merge rules of docs/trace-format.md ------------===//
#include "pyctl/Trace/TraceMerge.h"

#include <gtest/gtest.h>

using namespace pyctl;
using json = nlohmann::json;

namespace {

json unknown() { return {{"kind", "unknown"}}; }
json ident(const std::string &N) { return {{"kind", "identifier"}, {"name", N}}; }
json setTo(const std::string &N, int V) {
  return {{"kind", "set"}, {"name", ident(N)}, {"named", {{"kind", "integer"}, {"value", V}}}};
}
json ifNode(json Cond, json T, json F) {
  return {{"kind", "if"}, {"cond", std::move(Cond)}, {"truePart", std::move(T)}, {"falsePart", std::move(F)}};
}
json guard(const std::string &Id, json T) {
  json Cond = {{"kind", "primApp"},
               {"event", "isFunction"},
               {"eventArgs", json::array({ident("f$1"), {{"kind", "string"}, {"value", Id}}})}};
  return ifNode(Cond, std::move(T), json::array({unknown()}));
}

TEST(TraceMerge, UnknownYieldsTheOtherSide) {
  EXPECT_EQ(mergeTraceNodes(unknown(), setTo("x", 1)), setTo("x", 1));
  EXPECT_EQ(mergeTraceNodes(setTo("x", 1), unknown()), setTo("x", 1));
}

TEST(TraceMerge, IfArmsFillIn) {
  json A = ifNode(ident("c"), json::array({setTo("x", 1)}), json::array({unknown()}));
  json B = ifNode(ident("c"), json::array({unknown()}), json::array({setTo("x", 2)}));
  json Both = ifNode(ident("c"), json::array({setTo("x", 1)}), json::array({setTo("x", 2)}));
  EXPECT_EQ(mergeTraceNodes(A, B), Both);
  EXPECT_EQ(mergeTraceNodes(B, A), Both);
}

/// `try` with one handler of \p Types; every clause a body.
json tryNode(json Body, json Handler, json OrElse, json Final, json Types = json::array({"KeyError"})) {
  json H = {{"kind", "handler"}, {"types", std::move(Types)}, {"name", ident("e$1")}, {"body", std::move(Handler)}};
  return {{"kind", "try"}, {"body", std::move(Body)}, {"handlers", json::array({H})},
          {"orelse", std::move(OrElse)}, {"finalbody", std::move(Final)}};
}

TEST(TraceMerge, TryClausesMergeAsBodies) {
  // One call ended the body normally (else ran), the other raised at its first statement.
  json A = tryNode(json::array({setTo("x", 1)}), json::array({unknown()}), json::array({setTo("y", 2)}),
                   json::array({setTo("z", 3)}));
  json B = tryNode(json::array({setTo("x", 1), unknown()}), json::array({setTo("y", 4)}),
                   json::array({unknown()}), json::array({setTo("z", 3)}));
  json Both = tryNode(json::array({setTo("x", 1)}), json::array({setTo("y", 4)}),
                      json::array({setTo("y", 2)}), json::array({setTo("z", 3)}));
  EXPECT_EQ(mergeTraceNodes(A, B), Both);
  EXPECT_EQ(mergeTraceNodes(B, A), Both);
}

TEST(TraceMerge, TryWithOtherHandlersFails) {
  json A = tryNode(json::array({unknown()}), json::array({unknown()}), json::array(), json::array());
  json B = tryNode(json::array({unknown()}), json::array({unknown()}), json::array(), json::array(),
                   json::array({"IndexError"}));
  EXPECT_THROW(mergeTraceNodes(A, B), TraceMergeError);
}

TEST(TraceMerge, BodiesTakeTheLongerKnownSide) {
  json Short = json::array({setTo("x", 1), unknown()});
  json Long = json::array({setTo("x", 1), setTo("y", 2), setTo("z", 3)});
  EXPECT_EQ(mergeTraceBodies(Short, Long), Long);
  EXPECT_EQ(mergeTraceBodies(Long, Short), Long);
}

TEST(TraceMerge, EndedBodyBeatsTrailingUnknown) {
  json Ended = json::array({setTo("x", 1)});
  json Open = json::array({setTo("x", 1), unknown()});
  EXPECT_EQ(mergeTraceBodies(Ended, Open), Ended);
  EXPECT_EQ(mergeTraceBodies(Open, Ended), Ended);
}

TEST(TraceMerge, EndedBodyAgainstMoreCodeFails) {
  EXPECT_THROW(mergeTraceBodies(json::array({setTo("x", 1)}), json::array({setTo("x", 1), setTo("y", 2)})),
               TraceMergeError);
}

TEST(TraceMerge, DifferentNodesFailNamingBoth) {
  try {
    mergeTraceNodes(setTo("x", 1), setTo("y", 1));
    FAIL() << "merge should fail";
  } catch (const TraceMergeError &E) {
    std::string M = E.what();
    EXPECT_NE(M.find("set x"), std::string::npos) << M;
    EXPECT_NE(M.find("set y"), std::string::npos) << M;
  }
}

TEST(TraceMerge, GuardChainsGrow) {
  json A = guard("f@1:1", json::array({setTo("r$1", 1)}));
  json B = guard("g@5:1", json::array({setTo("r$1", 2)}));
  json M = mergeTraceNodes(A, B);
  EXPECT_EQ(M["truePart"], A["truePart"]);
  ASSERT_EQ(M["falsePart"].size(), 1u);
  EXPECT_EQ(M["falsePart"][0], B);
  // Merging the same callee again changes nothing.
  EXPECT_EQ(mergeTraceNodes(M, A), M);
  EXPECT_EQ(mergeTraceNodes(M, B), M);
}

TEST(TraceMerge, ShapeGuardChainsGrow) {
  // The argCount / argKeys guards of calls with `*` / `**` chain like callee guards.
  auto Count = [](int N) {
    json Cond = {{"kind", "primApp"},
                 {"event", "argCount"},
                 {"eventArgs", json::array({ident("$s0$1"), {{"kind", "integer"}, {"value", N}}})}};
    return ifNode(Cond, json::array({setTo("r$1", N)}), json::array({unknown()}));
  };
  json M = mergeTraceNodes(Count(2), Count(1));
  EXPECT_EQ(M["truePart"], Count(2)["truePart"]);
  ASSERT_EQ(M["falsePart"].size(), 1u);
  EXPECT_EQ(M["falsePart"][0], Count(1));
  EXPECT_EQ(mergeTraceNodes(M, Count(2)), M);
  EXPECT_EQ(mergeTraceNodes(M, Count(1)), M);
}

TEST(TraceMerge, NestedBlocksInsideSetMerge) {
  auto call = [](json Body) {
    return json{{"kind", "set"},
                {"name", ident("r$1")},
                {"named", {{"kind", "block"}, {"body", std::move(Body)}}}};
  };
  json A = call(json::array({setTo("a$2", 1), unknown()}));
  json B = call(json::array({setTo("a$2", 1), setTo("b$2", 2)}));
  EXPECT_EQ(mergeTraceNodes(A, B), B);
}

TEST(TraceMerge, FilesCheckIdentityAndAddInvocations) {
  json F = {{"format", "pyctl-trace"}, {"version", 1}, {"entry", "f"}, {"params", {"x"}},
            {"source", {{"path", "a.py"}, {"sha256", "ab"}}}, {"invocations", 2},
            {"trace", {{"kind", "block"}, {"body", json::array({setTo("x", 1), unknown()})}}}};
  json G = F;
  G["invocations"] = 3;
  G["trace"]["body"] = json::array({setTo("x", 1)});
  json M = mergeTraceFiles(F, G);
  EXPECT_EQ(M["invocations"], 5);
  EXPECT_EQ(M["trace"]["body"], json::array({setTo("x", 1)}));
  json Other = G;
  Other["source"]["sha256"] = "cd";
  EXPECT_THROW(mergeTraceFiles(F, Other), TraceMergeError);
  Other = G;
  Other["entry"] = "g";
  EXPECT_THROW(mergeTraceFiles(F, Other), TraceMergeError);
}

TEST(TraceMerge, ReadsThePythonPortsSpellings) {
  json F = {{"format", "pyctl-trace"}, {"version", 1}, {"entry", "f"}, {"params", json::array()},
            {"source", {{"sha256", "ab"}}},
            {"trace", {{"kind", "block"}, {"body", json::array({
                {{"kind", "if"}, {"condition", ident("c")}, {"true_part", json::array({unknown()})},
                 {"false_part", json::array({{{"kind", "set"}, {"name", "x"}, {"named", {{"kind", "none"}}}}})}}})}}}};
  normalizeTraceFile(F);
  const json &If = F["trace"]["body"][0];
  EXPECT_EQ(If["cond"], ident("c"));
  EXPECT_TRUE(If.contains("truePart"));
  EXPECT_EQ(If["falsePart"][0]["name"], ident("x"));
}

} // namespace
