//===- IndentationCheck.h - CPython's tab/space indentation rules -*- C++ -*-===//
//
// tree-sitter-python accepts indentation that mixes tabs and spaces in ways
// CPython's tokenizer rejects; this check applies CPython's rules before the
// parse tree is built.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_INDENTATIONCHECK_H
#define PYCTL_AST_INDENTATIONCHECK_H

#include <string>

namespace pyctl {

/// Checks the indentation of Python source \p Text the way CPython 3.11's
/// tokenizer does (Parser/tokenizer.c, tok_get): at the start of every logical
/// line that is not blank or comment-only and not inside brackets (continuation
/// lines after a backslash or inside a string are not line starts), the
/// indentation is measured twice, with tabs advancing to the next multiple of
/// 8 ("col") and of 1 ("altcol"); a form feed resets both to 0. The two
/// measures must order the line the same way against the current indentation
/// level: equal in both, larger in both (an indent), or, after dedenting by
/// col, equal in both.
///
/// Input: the whole source (UTF-8; "\n", "\r\n" and "\r" end lines).
/// Output: returns when the indentation is consistent.
/// Errors: throws CompileError located at column 1 of the offending line:
///  - "inconsistent use of tabs and spaces in indentation" (CPython's TabError);
///  - "unindent does not match any outer indentation level" (CPython's
///    IndentationError) when a dedent lands between two levels;
///  - "unexpected indent" (CPython's IndentationError) when a line is indented
///    more than the one before it although that logical line does not end
///    with ':' (a compound statement's header), or the first line is indented;
///  - "too many levels of indentation" (IndentationError) at a 100th level;
///  - "too many nested parentheses" (SyntaxError), located at the 201st
///    bracket open at once (brackets inside string literals, f-strings
///    included, do not count: 3.11's tokenizer reads those as one token).
/// Other indentation and syntax errors are left to the parser.
void checkIndentation(const std::string &Text);

} // namespace pyctl

#endif
