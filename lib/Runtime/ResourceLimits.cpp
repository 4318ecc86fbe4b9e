//===- ResourceLimits.cpp - Gas, deadline and cancellation of a call ------===//

#include "pyctl/Runtime/ResourceLimits.h"

namespace pyctl {

static const char *describe(ResourceLimitError::Kind K) {
  switch (K) {
  case ResourceLimitError::Kind::OutOfGas: return "out of gas";
  case ResourceLimitError::Kind::Timeout: return "timeout";
  case ResourceLimitError::Kind::Cancelled: return "cancelled";
  }
  return "resource limit";
}

ResourceLimitError::ResourceLimitError(Kind K) : std::runtime_error(describe(K)), Which(K) {}

void ResourceMeter::checkClock() const {
  if (Limits.Cancel && Limits.Cancel->load(std::memory_order_relaxed))
    throw ResourceLimitError(ResourceLimitError::Kind::Cancelled);
  if (Limits.Deadline != std::chrono::steady_clock::time_point::max() &&
      std::chrono::steady_clock::now() >= Limits.Deadline)
    throw ResourceLimitError(ResourceLimitError::Kind::Timeout);
}

} // namespace pyctl
