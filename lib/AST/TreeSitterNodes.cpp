//===- TreeSitterNodes.cpp - Reading tree-sitter nodes -------------------===//
//
// See TreeSitterNodes.h.
//
//===----------------------------------------------------------------------===//
#include "pyctl/AST/TreeSitterNodes.h"

#include <cstring>

std::vector<TSNode> pyctl::fieldChildren(TSNode N, const char *Name) {
  std::vector<TSNode> Out;
  TSTreeCursor C = ts_tree_cursor_new(N);
  if (ts_tree_cursor_goto_first_child(&C)) {
    do {
      const char *F = ts_tree_cursor_current_field_name(&C);
      if (F && std::strcmp(F, Name) == 0)
        Out.push_back(ts_tree_cursor_current_node(&C));
    } while (ts_tree_cursor_goto_next_sibling(&C));
  }
  ts_tree_cursor_delete(&C);
  return Out;
}

std::vector<TSNode> pyctl::namedNonCommentChildren(TSNode N) {
  std::vector<TSNode> Out;
  for (uint32_t I = 0, E = ts_node_named_child_count(N); I < E; ++I) {
    TSNode Ch = ts_node_named_child(N, I);
    if (std::strcmp(ts_node_type(Ch), "comment") != 0)
      Out.push_back(Ch);
  }
  return Out;
}

pyctl::SourceRange pyctl::nodeRange(TSNode N) {
  TSPoint P = ts_node_start_point(N);
  return SourceRange{ts_node_start_byte(N), ts_node_end_byte(N), P.row + 1, P.column + 1};
}
