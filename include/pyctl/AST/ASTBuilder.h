//===- ASTBuilder.h - tree-sitter parse tree to typed AST ------*- C++ -*-===//
#ifndef PYCTL_AST_ASTBUILDER_H
#define PYCTL_AST_ASTBUILDER_H

#include "pyctl/AST/AST.h"

#include <memory>
#include <string>

namespace pyctl {

/// Parses Python source with tree-sitter-python and builds the typed AST.
///
/// Input: the file's path (recorded in the Module and used in messages) and
/// its full text (UTF-8). Output: a Module whose every node carries its source
/// range, string literals decoded, integer literals in decimal, float literals
/// rounded as CPython's parser does, and Module::SourceSha256 set.
///
/// Errors: throws CompileError at the first problem:
///  - CPython's TabError / dedent IndentationError (see checkIndentation in
///    pyctl/AST/IndentationCheck.h), checked before the parse;
///  - "expected an indented block after 'if' statement on line N" (CPython's
///    IndentationError) for a compound statement or clause whose block holds
///    no statement, located at the header's end;
///  - "syntax error" / "expected ..." at tree-sitter ERROR or MISSING nodes;
///  - "unsupported construct: <what>" for any Python outside the subset of
///    docs/language.md (classes, lambdas, f-strings, keyword arguments, ...),
///    naming the construct and located at it;
///  - "assignment to builtin name 'len' is not supported" for programs that
///    rebind a builtin pyctl treats as a primitive.
std::unique_ptr<Module> parsePython(const std::string &Path, const std::string &Text);

} // namespace pyctl

#endif
