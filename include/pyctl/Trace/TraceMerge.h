//===- TraceMerge.h - Merging trace trees ----------------------*- C++ -*-===//
#ifndef PYCTL_TRACE_TRACEMERGE_H
#define PYCTL_TRACE_TRACEMERGE_H

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace pyctl {

/// A merge that cannot be done: two different nodes at the same place in the
/// tree, or trace files of different programs. The message names both nodes.
class TraceMergeError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// merge(A, B) of two trace nodes (docs/trace-format.md section 4): `unknown`
/// yields the other side; guard chains of `isFunction` ifs grow; otherwise
/// kinds and non-body fields must be equal and bodies merge element-wise.
/// Pure: the inputs are not modified. Throws TraceMergeError.
nlohmann::json mergeTraceNodes(const nlohmann::json &A, const nlohmann::json &B);

/// Merges two bodies (JSON arrays of nodes) by the same rules. Throws
/// TraceMergeError.
nlohmann::json mergeTraceBodies(const nlohmann::json &A, const nlohmann::json &B);

/// Merges two trace files (envelopes, docs/trace-format.md section 1): entry,
/// params and source.sha256 must match; invocations add up. Throws
/// TraceMergeError; the inputs are not modified.
nlohmann::json mergeTraceFiles(const nlohmann::json &A, const nlohmann::json &B);

/// Checks that \p File is a well-formed trace envelope of a supported version
/// (format "pyctl-trace", version 1, a trace node). Rewrites the earlier
/// Python port's snake_case spellings (`condition`, `true_part`, `false_part`,
/// `event_args`, `callback_args`, bare-string `set.name`) to the canonical
/// ones in place. Throws TraceMergeError naming the problem.
void normalizeTraceFile(nlohmann::json &File);

} // namespace pyctl

#endif
