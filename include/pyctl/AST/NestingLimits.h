//===- NestingLimits.h - CPython's compile-time nesting limits -*- C++ -*-===//
//
// CPython 3.11's compiler refuses programs nested too deeply: a SyntaxError
// past 20 statically nested blocks (CO_MAXBLOCKS: loops, `try` bodies and
// handlers), and a RecursionError ("maximum recursion depth exceeded during
// compilation") for expressions nested about 3000 levels deep. tree-sitter
// and pyctl's own passes have no such limits, and the evaluator would
// overflow its stack on such trees. This check refuses both, conservatively:
// a little before CPython's limits, never after. Front-end internal: it reads
// tree-sitter nodes.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_NESTINGLIMITS_H
#define PYCTL_AST_NESTINGLIMITS_H

#include <optional>
#include <string>
#include <tree_sitter/api.h>

namespace pyctl {

/// Where a nesting limit is passed, and the diagnostic's message.
struct NestingViolation {
  TSNode Node;
  std::string Message;
};

/// The deepest tree-sitter node nesting pyctl accepts. CPython's AST for the
/// same source is never deeper than tree-sitter's tree, and its compiler
/// accepts about 2980 levels.
inline constexpr unsigned MaxSyntaxDepth = 1000;

/// The most block levels pyctl accepts in one function (or the module),
/// counted as: `for` and `while` 1 each (their `else` too), a `try` 1 for all
/// its parts, plus 1 more in an `except` handler or `finally`. CPython counts
/// at most that many frame blocks for them and allows 20.
inline constexpr unsigned MaxBlockWeight = 18;

/// Walks the tree-sitter-python tree \p Root without recursion and returns the
/// first node (in document order) nested deeper than MaxSyntaxDepth, or
/// holding more than MaxBlockWeight block levels of its function; std::nullopt
/// when there is none. Messages start "unsupported construct:" (CPython may
/// still accept the program just under its own limits).
std::optional<NestingViolation> findNestingViolation(TSNode Root);

} // namespace pyctl

#endif
