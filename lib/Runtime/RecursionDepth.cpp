//===- RecursionDepth.cpp - One depth count for calls and nested values --===//
//
// See RecursionDepth.h.
//
//===----------------------------------------------------------------------===//
#include "pyctl/Runtime/RecursionDepth.h"

#include "pyctl/Runtime/PythonError.h"

#include <string>

namespace pyctl {

static thread_local unsigned Depth = 0;

RecursionScope::RecursionScope(const char *What) {
  if (Depth >= SafeDepth)
    throw UnsupportedError(std::string(What) + " nested deeper than " + std::to_string(SafeDepth) +
                           " levels of calls and containers (where CPython raises RecursionError "
                           "depends on its stack)");
  ++Depth;
}

RecursionScope::~RecursionScope() { --Depth; }

unsigned RecursionScope::current() { return Depth; }

} // namespace pyctl
