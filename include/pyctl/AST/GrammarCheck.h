//===- GrammarCheck.h - CPython grammar rules tree-sitter lacks -*- C++ -*-===//
//
// tree-sitter-python's grammar is looser than CPython 3.11's PEG grammar in
// places, so some programs CPython rejects parse with no error node:
// `raise from e`, `x if a if b else c else d`, `[x for x in a, b]`, a bare
// `except:` before another handler, `import m,`. This check finds them, so
// the front end reports CPython's SyntaxError instead of running a program
// CPython would never load. Front-end internal: it reads tree-sitter nodes.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_GRAMMARCHECK_H
#define PYCTL_AST_GRAMMARCHECK_H

#include <optional>
#include <string>
#include <tree_sitter/api.h>

namespace pyctl {

/// A SyntaxError CPython 3.11 raises for a tree tree-sitter accepted: where
/// (CPython's location, or the offending node) and CPython's message.
struct GrammarViolation {
  TSNode Node;
  std::string Message;
};

/// Walks the tree-sitter-python tree \p Root (free of error nodes) in
/// document order and returns the first construct CPython 3.11's grammar
/// (Grammar/python.gram) rejects, or std::nullopt. Rules checked:
/// - `raise` with a `from` clause but no exception: "invalid syntax" at `from`;
///   `raise a, b`: "invalid syntax" at the comma;
/// - `(*a)`, a starred expression in parentheses with no comma: "cannot use
///   starred expression here";
/// - the condition or the first operand of `a if c else b` may not be an
///   unparenthesized conditional expression ("expected 'else' after 'if'
///   expression", at the outer expression) or lambda ("invalid syntax");
/// - a comprehension's `for ... in X` and `if X` take one disjunction: no
///   `in a, b`, no bare conditional expression or lambda ("invalid syntax");
/// - a bare `except:` must be the last handler ("default 'except:' must be
///   last", at that handler);
/// - `import m,` and `from m import a,` end with a comma only inside
///   parentheses ("invalid syntax" / "trailing comma not allowed without
///   surrounding parentheses", at the comma);
/// - an f-string replacement field may not be a bare lambda
///   ("f-string: invalid syntax").
std::optional<GrammarViolation> findGrammarViolation(TSNode Root);

} // namespace pyctl

#endif
