//===- TreeSitterNodes.h - Reading tree-sitter nodes -----------*- C++ -*-===//
//
// Small readers of tree-sitter nodes the front end's checks and builder share.
// Front-end internal: it names tree-sitter types.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_TREESITTERNODES_H
#define PYCTL_AST_TREESITTERNODES_H

#include "pyctl/Basic/SourceRange.h"

#include <tree_sitter/api.h>
#include <vector>

namespace pyctl {

/// The children of \p N under field \p Name (e.g. the two `right` operands
/// tree-sitter-python gives `for x in a, b`), in document order; empty when
/// there are none. Uses a tree cursor, since ts_node_field_name_for_child is
/// unreliable in tree-sitter 0.20.
std::vector<TSNode> fieldChildren(TSNode N, const char *Name);

/// The named children of \p N in document order, without comments (which
/// tree-sitter-python places among any node's children).
std::vector<TSNode> namedNonCommentChildren(TSNode N);

/// The source range of \p N: its bytes and its 1-based line and column (the
/// column counts bytes, as tree-sitter's points do).
SourceRange nodeRange(TSNode N);

} // namespace pyctl

#endif
