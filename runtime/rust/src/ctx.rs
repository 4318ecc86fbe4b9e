//! `Ctx`: the per-call state of a compiled function.

use crate::fallback::{fail, Fallback};

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
}

impl Ctx {
    /// A fresh context with an empty output buffer and `gas` units of gas.
    pub fn new(gas: u64) -> Ctx {
        Ctx { stdout: String::new(), gas }
    }

    /// Spend one unit of gas; `Fallback` when none is left.
    #[inline]
    pub fn tick(&mut self) -> Result<(), Fallback> {
        if self.gas == 0 {
            return fail("out of gas");
        }
        self.gas -= 1;
        Ok(())
    }
}

impl Default for Ctx {
    fn default() -> Ctx {
        Ctx::new(DEFAULT_GAS)
    }
}
