//===- SourceRange.h - Positions in the original Python source ---*- C++ -*-===//
//
// Every AST node carries the range of source text it came from, so that passes
// can keep it on the nodes they create and diagnostics can point at it.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_BASIC_SOURCERANGE_H
#define PYCTL_BASIC_SOURCERANGE_H

#include <cstdint>

namespace pyctl {

/// A half-open byte range [Begin, End) into the original source buffer, with the
/// 1-based line and column (in bytes, as clang counts them) of its first byte.
/// Line 0 means "no location" (a node synthesised without a source origin).
struct SourceRange {
  uint32_t Begin = 0;
  uint32_t End = 0;
  uint32_t Line = 0;
  uint32_t Column = 0;

  /// True when the range points into the source buffer.
  bool isValid() const { return Line != 0; }
};

} // namespace pyctl

#endif
