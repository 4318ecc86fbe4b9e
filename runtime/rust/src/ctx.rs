//! `Ctx`: the per-call state of a compiled function.

use std::time::Instant;

use crate::fallback::{fail, Fallback};

/// The fallback reason of a call that passed its deadline (the C ABI's callers tell it apart
/// from other fallbacks: a timed-out call is not re-run).
pub const TIMEOUT_REASON: &str = "timeout";

/// The gas a call gets unless `PYCTL_GAS` says otherwise (see `harness`).
pub const DEFAULT_GAS: u64 = 1_000_000_000;

/// Per-call state owned by the caller: what `print` wrote, and the gas left.
///
/// Gas is decremented once per loop iteration and once per inlined call; a call that runs out
/// falls back, so a compiled function always terminates.
#[derive(Debug)]
pub struct Ctx {
    /// Everything `print` wrote during this call (discarded by the harness on `Fallback`).
    pub stdout: String,
    /// Units of gas left.
    pub gas: u64,
    /// When the call must stop (checked every 1024 units of gas), if ever.
    pub deadline: Option<Instant>,
}

impl Ctx {
    /// A fresh context with an empty output buffer and `gas` units of gas.
    pub fn new(gas: u64) -> Ctx {
        Ctx { stdout: String::new(), gas, deadline: None }
    }

    /// Spend one unit of gas; `Fallback` when none is left.
    #[inline]
    pub fn tick(&mut self) -> Result<(), Fallback> {
        if self.gas == 0 {
            return fail("out of gas");
        }
        self.gas -= 1;
        // Reading the clock costs more than a tick, so only every 1024th tick looks at it.
        if self.gas & 0x3ff == 0 {
            if let Some(deadline) = self.deadline {
                if Instant::now() >= deadline {
                    return fail(TIMEOUT_REASON);
                }
            }
        }
        Ok(())
    }
}

impl Default for Ctx {
    fn default() -> Ctx {
        Ctx::new(DEFAULT_GAS)
    }
}
