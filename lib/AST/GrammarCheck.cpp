//===- GrammarCheck.cpp - CPython grammar rules tree-sitter lacks --------===//
//
// See GrammarCheck.h.
//
//===----------------------------------------------------------------------===//
#include "pyctl/AST/GrammarCheck.h"

#include "pyctl/AST/TreeSitterNodes.h"

#include <cstring>
#include <vector>

namespace pyctl {
namespace {

std::string_view typeOf(TSNode N) { return ts_node_type(N); }

/// Named children of \p N that are not comments.
std::vector<TSNode> operands(TSNode N) { return namedNonCommentChildren(N); }

/// The unnamed child token \p Tok of \p N, or a null node.
TSNode token(TSNode N, std::string_view Tok) {
  for (uint32_t I = 0, E = ts_node_child_count(N); I < E; ++I) {
    TSNode Ch = ts_node_child(N, I);
    if (!ts_node_is_named(Ch) && typeOf(Ch) == Tok)
      return Ch;
  }
  return TSNode{};
}

/// Where CPython's grammar wants a `disjunction`: anything but a bare
/// conditional expression or lambda.
std::optional<GrammarViolation> checkDisjunction(TSNode N) {
  if (typeOf(N) == "conditional_expression" || typeOf(N) == "lambda")
    return GrammarViolation{N, "invalid syntax"};
  return std::nullopt;
}

std::optional<GrammarViolation> checkNode(TSNode N) {
  std::string_view T = typeOf(N);
  if (T == "raise_statement") {
    std::vector<TSNode> Cause = fieldChildren(N, "cause");
    if (!Cause.empty() && operands(N).size() == Cause.size())
      return GrammarViolation{token(N, "from"), "invalid syntax"};
    std::vector<TSNode> Ops = operands(N);
    if (!Ops.empty() && typeOf(Ops[0]) == "expression_list")
      return GrammarViolation{token(Ops[0], ","), "invalid syntax"};
  } else if (T == "tuple") {
    // `(*a)` is a parenthesized starred expression, not a tuple.
    std::vector<TSNode> Ops = operands(N);
    if (Ops.size() == 1 && typeOf(Ops[0]) == "list_splat" && ts_node_is_null(token(N, ",")))
      return GrammarViolation{Ops[0], "cannot use starred expression here"};
  } else if (T == "conditional_expression") {
    std::vector<TSNode> Ops = operands(N);
    for (size_t I = 0; I < 2 && I < Ops.size(); ++I) {
      if (typeOf(Ops[I]) == "conditional_expression")
        return GrammarViolation{N, "expected 'else' after 'if' expression"};
      if (typeOf(Ops[I]) == "lambda")
        return GrammarViolation{Ops[I], "invalid syntax"};
    }
  } else if (T == "for_in_clause") {
    std::vector<TSNode> Right = fieldChildren(N, "right");
    if (Right.size() > 1)
      return GrammarViolation{Right[1], "invalid syntax"};
    if (!Right.empty())
      return checkDisjunction(Right[0]);
  } else if (T == "if_clause") {
    std::vector<TSNode> Ops = operands(N);
    if (!Ops.empty())
      return checkDisjunction(Ops[0]);
  } else if (T == "try_statement") {
    std::vector<TSNode> Handlers;
    for (TSNode Ch : operands(N))
      if (typeOf(Ch) == "except_clause")
        Handlers.push_back(Ch);
    for (size_t I = 0; I + 1 < Handlers.size(); ++I) {
      std::vector<TSNode> Ops = operands(Handlers[I]);
      if (Ops.size() == 1 && typeOf(Ops[0]) == "block")
        return GrammarViolation{Handlers[I], "default 'except:' must be last"};
    }
  } else if (T == "import_statement" || T == "import_from_statement") {
    uint32_t Count = ts_node_child_count(N);
    TSNode Last = Count ? ts_node_child(N, Count - 1) : TSNode{};
    if (Count && !ts_node_is_named(Last) && typeOf(Last) == "," && ts_node_is_null(token(N, "(")))
      return GrammarViolation{Last, T == "import_statement"
                                        ? "invalid syntax"
                                        : "trailing comma not allowed without surrounding parentheses"};
  } else if (T == "interpolation") {
    TSNode E = ts_node_child_by_field_name(N, "expression", std::strlen("expression"));
    if (!ts_node_is_null(E) && typeOf(E) == "lambda")
      return GrammarViolation{E, "f-string: invalid syntax"};
  }
  return std::nullopt;
}

} // namespace

std::optional<GrammarViolation> findGrammarViolation(TSNode Root) {
  std::vector<TSNode> Work{Root};
  while (!Work.empty()) {
    TSNode Cur = Work.back();
    Work.pop_back();
    if (auto V = checkNode(Cur))
      return V;
    for (uint32_t I = ts_node_named_child_count(Cur); I > 0; --I) // document order
      Work.push_back(ts_node_named_child(Cur, I - 1));
  }
  return std::nullopt;
}

} // namespace pyctl
