//===- FStringCheck.h - CPython 3.11's f-string lexical rules -*- C++ -*-===//
//
// tree-sitter-python parses f-strings with Python 3.12's grammar (PEP 701),
// which accepts replacement fields CPython 3.11 rejects: a string literal
// using the enclosing f-string's own quote, a backslash or a '#' in the
// expression part. This check applies 3.11's rules to one f-string literal.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_FSTRINGCHECK_H
#define PYCTL_AST_FSTRINGCHECK_H

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pyctl {

/// A SyntaxError of CPython 3.11 in an f-string: its message and the byte
/// offset in the source where CPython reports it.
struct FStringProblem {
  uint32_t Offset = 0;
  std::string Message;
};

/// Checks the f-string literal that starts (at its prefix) at byte \p Begin of
/// source \p Text the way CPython 3.11 does: the tokenizer ends the literal at
/// the first unescaped closing quote of its kind (Parser/tokenizer.c), and
/// the literal's body is then split into text and replacement fields
/// (Parser/string_parser.c, fstring_find_literal / fstring_find_expr), where
/// an expression part may hold no backslash and no '#', brackets must match
/// and each field must end with '}'.
///
/// Input: the whole source and the literal's first byte; \p ConcatEnd is the
/// end of the implicit concatenation holding it (or of the literal itself).
/// Output: std::nullopt when 3.11 accepts the literal, else the problem, at
/// CPython's location: the token after the concatenation of string literals
/// (3.11 parses f-strings only once it has read them all), which after the
/// last literal on a line is the end of the line or its comment.
/// Messages (CPython's): "f-string expression part cannot include a
/// backslash", "f-string expression part cannot include '#'", "f-string:
/// expecting '}'", "f-string: single '}' is not allowed", "f-string:
/// unmatched 'C'", "f-string: closing parenthesis 'C' does not match opening
/// parenthesis 'D'", "f-string: unterminated string", "f-string: empty
/// expression not allowed", "f-string: expressions nested too deeply" (a
/// field in the format spec of a field that is itself in a format spec).
std::optional<FStringProblem> checkFString311(const std::string &Text, uint32_t Begin, uint32_t ConcatEnd);

/// The byte offsets in \p Text of every '=' that starts a format spec in the
/// f-string literal starting (at its prefix) at byte \p Begin, as 3.11's
/// scanner splits it: a field's expression part ends at its first ':' outside
/// brackets and strings, so `{x:=10}`, `{a or x:={w}}` and `{x:=,}` are
/// fields with the specs `=10`, `={w}` and `=,` (nested fields' specs
/// included). Empty for a literal without a closing quote. See
/// FStringEqualsSpec.h for their use.
std::vector<size_t> fstringEqualsSpecs(const std::string &Text, uint32_t Begin);

} // namespace pyctl

#endif
