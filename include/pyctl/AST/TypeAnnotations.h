//===- TypeAnnotations.h - Which type annotations pyctl accepts -*- C++ -*-===//
//
// CPython 3.11 evaluates a parameter's or return annotation when the `def`
// runs and a module-level `X: T = v`'s T after the store (never a function
// body's), unless `from __future__ import annotations` is in effect. pyctl
// never reads `__annotations__`, so an annotation changes nothing a program
// can observe as long as evaluating it can neither raise nor have an effect.
// checkAnnotation accepts exactly such annotations (built from builtin type
// names, None, string constants, builtin generics, `|` unions and a fixed
// set of typing names subscripted with typing's arity rules) and diagnoses
// every other shape; the accepted annotation is then never evaluated by
// pyctl (docs/language.md, Type annotations).
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_TYPEANNOTATIONS_H
#define PYCTL_AST_TYPEANNOTATIONS_H

#include "pyctl/AST/AST.h"

#include <map>
#include <string>
#include <tree_sitter/api.h>

namespace pyctl {

/// What an annotation may refer to.
struct AnnotationContext {
  /// Names imported by `from typing import X` (mapped to "typing"; other
  /// modules' imported names may be present and are not types).
  const std::map<std::string, std::string> &ImportedNames;
  /// `import typing` was seen (so `typing.X` reads typing's X).
  bool TypingModule = false;
  /// `from __future__ import annotations`: annotations are never evaluated,
  /// so any expression of names, attributes, subscripts, constants, `|`,
  /// lists and tuples is accepted (printed as written).
  bool Future = false;
};

/// True when \p Name is a typing name checkAnnotation knows (Any, Optional,
/// Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable): what
/// `from typing import ...` may import.
bool isKnownTypingName(const std::string &Name);

/// Checks the annotation \p N (a tree-sitter `type` node, or the expression
/// in one) of the source \p Text under \p Ctx. Returns it with its Python
/// text for printing: canonical (typing names spelled `typing.X`, which the
/// printer's `import typing` provides), or the source text under Future.
/// Throws CompileError naming the refused construct at its location, with
/// CPython's TypeError message when CPython would raise one evaluating it
/// (`Optional[int, str]`, `Dict[str]`, `int[str]`, `Any[int]`, ...).
Annotation checkAnnotation(TSNode N, const std::string &Text, const AnnotationContext &Ctx);

} // namespace pyctl

#endif // PYCTL_AST_TYPEANNOTATIONS_H
