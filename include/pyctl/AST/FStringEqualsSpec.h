//===- FStringEqualsSpec.h - f-string specs that start with '=' -*- C++ -*-===//
//
// CPython 3.11 reads `f"{x:=+{w}}"` as the field `x` with the format spec
// `=+{w}` (an assignment expression needs parentheses inside an f-string),
// while tree-sitter-python parses `x := ...` as a walrus whose value is the
// rest of the spec (`+{w}`: a unary plus of a set display), or fails to parse
// it at all (`{x:={w}.{p}f}`, `{x:=,}`, `{a or x:={w}}`). The parser therefore
// runs on a copy of the source in which the spec's leading '=' is replaced by
// '<' (a spec character of the same length, so byte offsets are kept); the
// builder reads the text of the spec from the original source, where the '='
// still is.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_FSTRINGEQUALSSPEC_H
#define PYCTL_AST_FSTRINGEQUALSSPEC_H

#include <cstddef>
#include <string>
#include <vector>
#include <tree_sitter/api.h>

namespace pyctl {

/// The byte offsets in \p Text of the '=' characters that start a format
/// spec in the f-strings of the tree \p Root of \p Text: for every
/// `string_start` node of an f-string (also inside ERROR nodes), the offsets
/// fstringEqualsSpecs (FStringCheck.h) finds by CPython 3.11's lexical rules.
/// Sorted ascending, without the ones already replaced (not '=').
std::vector<size_t> findEqualsSpecs(TSNode Root, const std::string &Text);

} // namespace pyctl

#endif // PYCTL_AST_FSTRINGEQUALSSPEC_H
