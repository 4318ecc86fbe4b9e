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
