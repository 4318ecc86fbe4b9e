//===- ForToWhile.h - Lower for loops to while loops -----------*- C++ -*-===//
#ifndef PYCTL_TRANSFORMS_FORTOWHILE_H
#define PYCTL_TRANSFORMS_FORTOWHILE_H

#include "pyctl/AST/AST.h"

#include "llvm/ADT/StringRef.h"

namespace pyctl {

/// Lowers the `for` loops of \p Body (not those inside nested defs) in place,
/// as ForToWhilePass does, naming temporaries with \p M.freshName and
/// appending them to \p Temps for the caller to declare.
void lowerForLoops(Module &M, StmtList &Body, std::vector<std::string> &Temps);

/// `for-to-while`: rewrites
///   for T in E: B else: O
/// as
///   _itN = iter(E)
///   _sN = []
///   while True:
///       _vN = next(_itN, _sN)
///       if _vN is _sN: break
///       T = _vN
///       B
///   if _vN is _sN: O
/// declaring _itN, _sN and _vN at the top of the enclosing scope (the `if`
/// is left out when there is no `else`). This is CPython's iteration
/// protocol itself (GET_ITER, FOR_ITER): E is evaluated and iter() called
/// once, before T is bound (TypeError "'int' object is not iterable" for a
/// non-iterable); each step asks the iterator for the next item, so a list
/// appended to during the loop is seen, a dict resized raises RuntimeError
/// and values assigned to a dict's entries are seen; rebinding T or
/// `continue` cannot change the next step; after the loop T keeps the last
/// item. The sentinel `_sN` is a fresh list no program can reach, so no
/// iterator yields it; `_vN is _sN` after the loop holds exactly when the
/// iterator ran out, i.e. when no `break` left the loop, which is when
/// `else` runs (outside the loop, so `break`/`continue` in O still belong to
/// the enclosing loop).
class ForToWhilePass {
public:
  static llvm::StringRef name() { return "for-to-while"; }
  void run(Module &M);
};

} // namespace pyctl

#endif
