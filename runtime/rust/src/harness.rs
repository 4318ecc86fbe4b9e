//! `main_loop`: the process protocol of a compiled function.
//!
//! Input: one JSON array of positional arguments per line on stdin (blank lines are skipped).
//! Output: one JSON line per call on stdout, in Python's `json.dumps(ensure_ascii=False)` form:
//! `{"repr": R, "stdout": S, "json": J}` on success (`json` left out when the value has no JSON
//! form), or `{"fallback": true}` when the call fell back (what it printed is discarded).
//! A line that is not a JSON array is a protocol error: a message on stderr and exit status 1.
//! A valid array Rust cannot represent (a string with a lone surrogate escape such as `"\ud83d"`,
//! which Python's `json.loads` accepts, or an array nested more than 128 levels deep) is answered
//! `{"fallback": true}` (see `call_args`).
//!
//! Environment: `PYCTL_GAS` sets the per-call gas (default `DEFAULT_GAS`); with
//! `PYCTL_FALLBACK_REASON` set, each fallback's reason is written to stderr.

use std::io::{BufRead, Write};
use std::panic::{self, AssertUnwindSafe};

use crate::call_args::{parse_args, ArgsError};
use crate::ctx::{Ctx, DEFAULT_GAS};
use crate::fallback::{Fallback, PyResult};
use crate::json::{from_json, to_json, write_json_string};
use crate::repr::repr;
use crate::value::Value;

/// The signature of a compiled entry function: positional arguments and the call's context in,
/// the returned value or `Fallback` out.
pub type Entry = fn(&[Value], &mut Ctx) -> PyResult;

/// Run `entry` once: convert the JSON arguments, call it, and format the reply line (without the
/// newline). A panic inside the call (a runtime bug) is reported as a fallback, never as output.
pub fn run_call(entry: Entry, args: &[serde_json::Value], gas: u64) -> Result<String, Fallback> {
    run_call_until(entry, args, gas, None)
}

/// `run_call` with a deadline: past it, the call falls back with reason `ctx::TIMEOUT_REASON`.
pub fn run_call_until(
    entry: Entry,
    args: &[serde_json::Value],
    gas: u64,
    deadline: Option<std::time::Instant>,
) -> Result<String, Fallback> {
    let values = args.iter().map(from_json).collect::<Result<Vec<_>, _>>()?;
    let mut ctx = Ctx::new(gas);
    ctx.deadline = deadline;
    let value = panic::catch_unwind(AssertUnwindSafe(|| entry(&values, &mut ctx)))
        .unwrap_or(Err(crate::fallback::fallback("runtime panic")))?;
    let mut line = String::from("{\"repr\": ");
    write_json_string(&repr(&value)?, &mut line);
    line.push_str(", \"stdout\": ");
    write_json_string(&ctx.stdout, &mut line);
    if let Some(json) = to_json(&value) {
        line.push_str(", \"json\": ");
        line.push_str(&json);
    }
    line.push('}');
    Ok(line)
}

/// Serve calls of `entry` from stdin to stdout until end of input (see the module docs), then
/// return. Exits the process with status 1 on a malformed input line or an I/O error. First
/// keeps freed heap memory in the process (`heap_tuning`), so that freeing large values does not
/// shrink the heap again and again.
pub fn main_loop(entry: Entry) {
    crate::heap_tuning::keep_freed_memory();
    let gas = std::env::var("PYCTL_GAS").ok().and_then(|g| g.parse().ok()).unwrap_or(DEFAULT_GAS);
    let show_reasons = std::env::var_os("PYCTL_FALLBACK_REASON").is_some();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (number, line) in stdin.lock().lines().enumerate() {
        let line = line.unwrap_or_else(|e| die(&format!("cannot read stdin: {}", e)));
        if line.trim().is_empty() {
            continue;
        }
        let result = match parse_args(&line) {
            Ok(args) => run_call(entry, &args, gas),
            Err(ArgsError::Unrepresentable(f)) => Err(f),
            Err(ArgsError::NotArray) => {
                die(&format!("input line {}: expected a JSON array of arguments", number + 1))
            }
            Err(ArgsError::NotJson(e)) => die(&format!("input line {}: invalid JSON: {}", number + 1, e)),
        };
        let reply = match result {
            Ok(reply) => reply,
            Err(f) => {
                if show_reasons {
                    eprintln!("pyctl: input line {}: {}", number + 1, f);
                }
                String::from("{\"fallback\": true}")
            }
        };
        if writeln!(out, "{}", reply).and_then(|_| out.flush()).is_err() {
            die("cannot write stdout");
        }
    }
}

fn die(message: &str) -> ! {
    eprintln!("pyctl: {}", message);
    std::process::exit(1)
}

/// Test functions, shared with the tests of `cabi`.
#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::builtins;

    pub(crate) fn double_and_print(args: &[Value], ctx: &mut Ctx) -> PyResult {
        let doubled = crate::arith::op_mul(&Value::Int(2), &args[0])?;
        builtins::print(ctx, std::slice::from_ref(&doubled))?;
        Ok(doubled)
    }

    pub(crate) fn spin(_: &[Value], ctx: &mut Ctx) -> PyResult {
        loop {
            ctx.tick()?;
        }
    }

    pub(crate) fn panics(_: &[Value], _: &mut Ctx) -> PyResult {
        panic!("runtime bug")
    }

    fn call(entry: Entry, line: &str) -> Result<String, Fallback> {
        let args: Vec<serde_json::Value> = serde_json::from_str(line).unwrap();
        run_call(entry, &args, 1000)
    }

    #[test]
    fn reply_lines() {
        assert_eq!(call(double_and_print, "[3]").unwrap(), r#"{"repr": "6", "stdout": "6\n", "json": 6}"#);
        assert_eq!(call(double_and_print, "[2.5]").unwrap(), r#"{"repr": "5.0", "stdout": "5.0\n", "json": 5.0}"#);
        assert_eq!(
            call(double_and_print, r#"["é\""]"#).unwrap(),
            r#"{"repr": "'é\"é\"'", "stdout": "é\"é\"\n", "json": "é\"é\""}"#
        );
        assert_eq!(call(double_and_print, "[1e308]").unwrap(), r#"{"repr": "inf", "stdout": "inf\n"}"#);
    }

    #[test]
    fn fallbacks() {
        assert!(call(double_and_print, "[-10000000000000000000]").is_err());
        assert!(call(double_and_print, "[4611686018427387904]").is_err());
        assert!(call(double_and_print, "[{}]").is_err());
        assert_eq!(call(spin, "[]").unwrap_err().reason(), "out of gas");
        assert_eq!(call(panics, "[]").unwrap_err().reason(), "runtime panic");
    }
}
