//===- NestingLimits.cpp - CPython's compile-time nesting limits ---------===//
//
// See NestingLimits.h.
//
//===----------------------------------------------------------------------===//
#include "pyctl/AST/NestingLimits.h"

#include <string_view>
#include <vector>

namespace pyctl {

namespace {
struct Item {
  TSNode Node;
  unsigned Depth;       // tree-sitter nesting depth of Node
  unsigned BlockWeight; // block levels of Node's function around Node
};

/// The block levels a node of type \p T adds around its children.
unsigned blockWeightOf(std::string_view T) {
  if (T == "for_statement" || T == "while_statement" || T == "try_statement" || T == "except_clause" ||
      T == "finally_clause")
    return 1;
  return 0;
}

/// Node types that start a new code object (and so a new block count).
bool startsCodeObject(std::string_view T) {
  return T == "function_definition" || T == "lambda" || T == "list_comprehension" ||
         T == "dictionary_comprehension" || T == "set_comprehension" || T == "generator_expression";
}
} // namespace

std::optional<NestingViolation> findNestingViolation(TSNode Root) {
  std::vector<Item> Work{{Root, 0, 0}};
  while (!Work.empty()) {
    Item Cur = Work.back();
    Work.pop_back();
    if (Cur.Depth > MaxSyntaxDepth)
      return NestingViolation{Cur.Node, "unsupported construct: code nested more than " +
                                            std::to_string(MaxSyntaxDepth) +
                                            " levels deep (CPython's compiler stops near 3000)"};
    if (Cur.BlockWeight > MaxBlockWeight)
      return NestingViolation{Cur.Node, "unsupported construct: blocks nested more than " +
                                            std::to_string(MaxBlockWeight) +
                                            " levels deep in one function (CPython allows at most 20 "
                                            "statically nested blocks)"};
    std::string_view T = ts_node_type(Cur.Node);
    unsigned Inner = startsCodeObject(T) ? 0 : Cur.BlockWeight + blockWeightOf(T);
    for (uint32_t I = ts_node_named_child_count(Cur.Node); I > 0; --I) // document order
      Work.push_back({ts_node_named_child(Cur.Node, I - 1), Cur.Depth + 1, Inner});
  }
  return std::nullopt;
}

} // namespace pyctl
