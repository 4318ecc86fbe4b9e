//===- BuildLimits.cpp - The largest str or sequence pyctl builds ---------===//

#include "pyctl/Runtime/BuildLimits.h"

#include "pyctl/Runtime/PythonError.h"

#include <string>

namespace pyctl {

void requireBuildable(uint64_t Units, uint64_t UnitSize, std::string_view What) {
  if (UnitSize != 0 && Units > MaxBuiltLength / UnitSize)
    throw UnsupportedError(std::string(What) + " too large to build");
}

} // namespace pyctl
