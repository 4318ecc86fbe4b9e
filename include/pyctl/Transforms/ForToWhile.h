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
///   _itN = E
///   _itN = _itN if isinstance(_itN, (list, tuple, str, range)) else list(_itN)
///   _iN = 0
///   while _iN < len(_itN):
///       T = _itN[_iN]
///       _iN += 1
///       B
///   else: O
/// declaring _itN and _iN at the top of the enclosing scope. This is
/// CPython's sequence iteration protocol (listiter/tupleiter/rangeiter):
/// E is evaluated once, before T is bound; the index advances before the body
/// runs, so assigning T or `continue` in B cannot change the next step; the
/// length is re-read each step, as list iterators do; after the loop T keeps
/// the last item; `else` runs only without `break`. Other iterables (dicts and
/// their views) are iterated through a list of their items taken when the
/// loop starts; that differs from CPython only when the loop changes that
/// dict (docs/passes.md, the known divergence). Iterating a non-iterable
/// raises TypeError from list(), as CPython's iter() does.
class ForToWhilePass {
public:
  static llvm::StringRef name() { return "for-to-while"; }
  void run(Module &M);
};

} // namespace pyctl

#endif
