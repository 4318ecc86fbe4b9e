//===- TracePrinter.h - Trace trees as indented text -----------*- C++ -*-===//
#ifndef PYCTL_TRACE_TRACEPRINTER_H
#define PYCTL_TRACE_TRACEPRINTER_H

#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

namespace pyctl {

/// Writes the trace tree of a trace file (or a bare trace node) as indented
/// text, one statement per line, expressions in infix form with Python's
/// operator spellings, e.g.
///   label 'ret
///     let x$1 = argument 0
///     if x$1 < 0
///       set r$1 = -x$1
///     else
///       unknown
/// For reading traces and for FileCheck tests (`pyctl --print-trace`); the
/// JSON stays the exchange format. Unknown node kinds print as their JSON.
void printTrace(const nlohmann::json &TraceOrFile, llvm::raw_ostream &OS);

} // namespace pyctl

#endif
