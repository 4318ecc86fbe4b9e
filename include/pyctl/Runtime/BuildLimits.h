//===- BuildLimits.h - The largest str or sequence pyctl builds -*- C++ -*-===//
//
// CPython builds a str, list or tuple of any length memory allows and raises
// MemoryError past that. Where that happens depends on the machine, so pyctl
// cannot reproduce it; instead every operation whose result length comes from
// a value (repetition, padding to a width, zfill, a float's precision, json's
// indent) checks the length first and refuses past MaxBuiltLength
// (UnsupportedError), before it allocates. A failed allocation would
// otherwise abort the process (LLVM's bad-alloc handler), taking a
// `pyctl serve` host down with it.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_RUNTIME_BUILDLIMITS_H
#define PYCTL_RUNTIME_BUILDLIMITS_H

#include <cstdint>
#include <string_view>

namespace pyctl {

/// The most items (of a list or tuple) or UTF-8 bytes (of a str) one
/// operation builds: 2**28, so that a refused size never comes near the
/// memory of the host (a list item is 16 bytes).
inline constexpr uint64_t MaxBuiltLength = uint64_t(1) << 28;

/// Throws UnsupportedError("WHAT too large to build") when \p Units copies of
/// something \p UnitSize long (items or bytes) pass MaxBuiltLength; the
/// product is computed without overflow. Returns normally otherwise.
void requireBuildable(uint64_t Units, uint64_t UnitSize, std::string_view What);

} // namespace pyctl

#endif // PYCTL_RUNTIME_BUILDLIMITS_H
