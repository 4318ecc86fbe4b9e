//===- ResourceLimits.h - Gas, deadline and cancellation of a call -*- C++ -*-===//
//
// A call run by the C++ interpreter can be given a budget of instructions
// (gas, in the unit compiled code uses: one per loop iteration and one per
// user call, see runtime/rust/src/ctx.rs), a deadline and a cancellation flag.
// ResourceMeter spends the budget; exceeding any limit throws
// ResourceLimitError, which is never a Python exception.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_RESOURCELIMITS_H
#define PYCTL_RUNTIME_RESOURCELIMITS_H

#include <atomic>
#include <chrono>
#include <cstdint>
#include <stdexcept>

namespace pyctl {

/// The limits of one call.
struct ResourceLimits {
  /// Units of gas the call may spend; 0 means unlimited. The unit is the one
  /// of compiled code's `Ctx::tick` (runtime/rust/src/ctx.rs): one per test of
  /// a `while` condition (so a loop of N iterations costs N + 1) and one per
  /// call of a user function (the entry included). A call may spend exactly
  /// Gas units; the next tick exceeds the budget.
  uint64_t Gas = 0;
  /// The call stops once this time has passed (checked every
  /// ResourceMeter::ClockInterval ticks, so a few microseconds late at most
  /// for ordinary code; one long primitive operation such as `x ** 10**8` is
  /// not interrupted).
  std::chrono::steady_clock::time_point Deadline = std::chrono::steady_clock::time_point::max();
  /// When non-null and it becomes true, the call stops (checked as Deadline
  /// is). The flag must outlive the call; it is only read.
  const std::atomic<bool> *Cancel = nullptr;
};

/// Thrown when a call exceeds its ResourceLimits. It derives from
/// std::runtime_error, not PythonError, so Python-level handlers never see it;
/// the interrupted call has no result. `what()` is "out of gas", "timeout" or
/// "cancelled".
class ResourceLimitError : public std::runtime_error {
public:
  /// Which limit was exceeded.
  enum class Kind { OutOfGas, Timeout, Cancelled };
  /// An error for limit \p K, with what() as described above.
  explicit ResourceLimitError(Kind K);
  /// Which limit was exceeded.
  Kind kind() const { return Which; }

private:
  Kind Which;
};

/// Spends the gas of one call and watches its deadline and cancellation flag.
/// Not thread-safe: one meter per running call.
class ResourceMeter {
public:
  /// The clock and the cancellation flag are read once every this many ticks.
  static constexpr uint64_t ClockInterval = 1024;

  /// A meter with no limits.
  ResourceMeter() = default;
  /// Starts a new call under \p L (the count of spent gas restarts at 0).
  void reset(const ResourceLimits &L) {
    Limits = L;
    Spent = 0;
  }
  /// Spends one unit of gas. Throws ResourceLimitError(OutOfGas) when the
  /// budget is already spent, and (every ClockInterval ticks, starting with
  /// the first) Cancelled when the flag is set or Timeout after the deadline.
  void tick() {
    if (Limits.Gas != 0 && Spent >= Limits.Gas)
      throw ResourceLimitError(ResourceLimitError::Kind::OutOfGas);
    if (Spent++ % ClockInterval == 0)
      checkClock();
  }
  /// Gas spent since the last reset().
  uint64_t spent() const { return Spent; }

private:
  /// Throws Cancelled or Timeout when that limit is exceeded now.
  void checkClock() const;

  ResourceLimits Limits;
  uint64_t Spent = 0;
};

} // namespace pyctl

#endif // PYCTL_RUNTIME_RESOURCELIMITS_H
