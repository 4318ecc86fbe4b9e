//! The C ABI of a compiled function library (`include/pyctl/CodeGen/CompiledABI.h`).
//!
//! `pyctl --build-rust-lib` builds the generated module into a `cdylib` whose `lib.rs` invokes
//! [`export_c_abi!`](crate::export_c_abi) on its `run` function. The macro defines the four C
//! functions, which only forward here; all pointer handling is in this module, the one place of
//! the runtime allowed `unsafe` code, so the generated code keeps `#![forbid(unsafe_code)]`.
//!
//! `pyctl_call(args_json, len, gas)` reads `len` bytes of UTF-8 JSON (an array of positional
//! arguments), runs [`run_call`] and returns a NUL-terminated line allocated here:
//! `run_call`'s reply, `{"fallback": true, "reason": R}` (also for a valid array Rust cannot
//! represent: a lone surrogate escape), or `{"error": E}` for malformed arguments. `gas` 0 means unlimited. No panic unwinds out of it. `pyctl_call_timeout(args_json,
//! len, gas, timeout_us)` is the same with a time limit (ABI version 2). `pyctl_free` releases a
//! reply.
//!
//! Threads: calls share no mutable state (every value of a call is created by that call, and the
//! runtime has no mutable statics), so any number of threads may call at once.
#![allow(unsafe_code)]

use std::ffi::{c_char, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

use std::time::{Duration, Instant};

use crate::call_args::{parse_args, ArgsError};
use crate::harness::{run_call_until, Entry};
use crate::json::write_json_string;

/// The version of the C ABI (`PYCTL_ABI_VERSION` in `CompiledABI.h`).
pub const ABI_VERSION: u32 = 2;

/// The reply line of one call of `entry` with the JSON arguments `args_json` and `gas` units of
/// gas (0: unlimited): the safe core of `pyctl_call`, without the trailing NUL.
pub fn reply(entry: Entry, args_json: &[u8], gas: u64) -> String {
    reply_until(entry, args_json, gas, 0)
}

/// `reply` with a time limit of `timeout_us` microseconds from now (0: none): past it the call
/// falls back with reason `timeout` (the core of `pyctl_call_timeout`).
pub fn reply_until(entry: Entry, args_json: &[u8], gas: u64, timeout_us: u64) -> String {
    let deadline = (timeout_us != 0)
        .then(|| Instant::now().checked_add(Duration::from_micros(timeout_us)))
        .flatten();
    let gas = if gas == 0 { u64::MAX } else { gas };
    let text = match std::str::from_utf8(args_json) {
        Ok(text) => text,
        Err(e) => return error_reply(&format!("arguments are not UTF-8: {}", e)),
    };
    let args = match parse_args(text) {
        Ok(args) => args,
        Err(ArgsError::Unrepresentable(f)) => return fallback_reply(f.reason()),
        Err(ArgsError::NotArray) => return error_reply("expected a JSON array of arguments"),
        Err(ArgsError::NotJson(e)) => return error_reply(&format!("invalid JSON: {}", e)),
    };
    match run_call_until(entry, &args, gas, deadline) {
        Ok(line) => line,
        Err(f) => fallback_reply(f.reason()),
    }
}

/// `{"fallback": true, "reason": REASON}`.
fn fallback_reply(reason: &str) -> String {
    let mut line = String::from("{\"fallback\": true, \"reason\": ");
    write_json_string(reason, &mut line);
    line.push('}');
    line
}

/// `{"error": MESSAGE}`.
fn error_reply(message: &str) -> String {
    let mut line = String::from("{\"error\": ");
    write_json_string(message, &mut line);
    line.push('}');
    line
}

/// `line` as a C string owned by the caller until `free`. JSON text escapes U+0000, so a reply
/// never holds a NUL byte; should one appear, the reply becomes an error reply.
fn into_c(line: String) -> *mut c_char {
    CString::new(line)
        .unwrap_or_else(|_| CString::new(error_reply("reply holds a NUL byte")).unwrap_or_default())
        .into_raw()
}

/// The body of `pyctl_call` for `entry` (see the module docs).
///
/// # Safety
/// `args_json` must be null or point to `len` bytes readable for the duration of the call. A null
/// pointer with a nonzero `len` gets an error reply.
pub unsafe fn call(entry: Entry, args_json: *const c_char, len: usize, gas: u64) -> *mut c_char {
    // SAFETY: forwarded with the caller's guarantee.
    unsafe { call_until(entry, args_json, len, gas, 0) }
}

/// The body of `pyctl_call_timeout`: `call` with a time limit (see `reply_until`).
///
/// # Safety
/// As `call`.
pub unsafe fn call_until(entry: Entry, args_json: *const c_char, len: usize, gas: u64, timeout_us: u64) -> *mut c_char {
    let result = catch_unwind(AssertUnwindSafe(|| {
        let line = if args_json.is_null() {
            if len == 0 {
                reply_until(entry, b"", gas, timeout_us)
            } else {
                error_reply("null arguments pointer")
            }
        } else {
            // SAFETY: the caller guarantees `len` readable bytes at `args_json`.
            let bytes = unsafe { std::slice::from_raw_parts(args_json.cast::<u8>(), len) };
            reply_until(entry, bytes, gas, timeout_us)
        };
        into_c(line)
    }));
    match result {
        Ok(p) => p,
        // A panic outside the function itself (run_call catches those): report a fallback if
        // even that can be allocated, else null.
        Err(_) => catch_unwind(|| into_c(fallback_reply("runtime panic"))).unwrap_or(std::ptr::null_mut()),
    }
}

/// The body of `pyctl_free`: releases a reply of `call` (null is ignored).
///
/// # Safety
/// `reply` must be null or a pointer `call` returned that has not been released yet, with its
/// bytes unchanged.
pub unsafe fn free(reply: *mut c_char) {
    if !reply.is_null() {
        // SAFETY: the caller guarantees it came from `CString::into_raw` in `into_c`.
        drop(unsafe { CString::from_raw(reply) });
    }
}

/// Defines the C ABI of `CompiledABI.h` (`pyctl_abi_version`, `pyctl_call`, `pyctl_call_timeout`, `pyctl_free`) in the
/// crate that invokes it, for the compiled entry function `$entry` (a path to a function of type
/// [`Entry`](crate::Entry)). Invoke it once, at the root of a `cdylib`.
#[macro_export]
macro_rules! export_c_abi {
    ($entry:path) => {
        /// The C ABI version (`PYCTL_ABI_VERSION`).
        #[unsafe(no_mangle)]
        pub extern "C" fn pyctl_abi_version() -> u32 {
            $crate::cabi::ABI_VERSION
        }

        /// Runs the compiled function once; see `CompiledABI.h`.
        ///
        /// # Safety
        /// `args_json` must be null or point to `len` readable bytes.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn pyctl_call(
            args_json: *const ::std::ffi::c_char,
            len: usize,
            gas: u64,
        ) -> *mut ::std::ffi::c_char {
            unsafe { $crate::cabi::call($entry, args_json, len, gas) }
        }

        /// `pyctl_call` with a time limit; see `CompiledABI.h`.
        ///
        /// # Safety
        /// `args_json` must be null or point to `len` readable bytes.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn pyctl_call_timeout(
            args_json: *const ::std::ffi::c_char,
            len: usize,
            gas: u64,
            timeout_us: u64,
        ) -> *mut ::std::ffi::c_char {
            unsafe { $crate::cabi::call_until($entry, args_json, len, gas, timeout_us) }
        }

        /// Releases a reply of `pyctl_call`.
        ///
        /// # Safety
        /// `reply` must be null or an unreleased reply of `pyctl_call`.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn pyctl_free(reply: *mut ::std::ffi::c_char) {
            unsafe { $crate::cabi::free(reply) }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ctx::Ctx;
    use crate::fallback::PyResult;
    use crate::harness::tests::{double_and_print, panics, spin};
    use crate::value::Value;
    use std::ffi::CStr;

    fn count_ticks(args: &[Value], ctx: &mut Ctx) -> PyResult {
        let n = match args.first() {
            Some(Value::Int(n)) => *n,
            _ => 0,
        };
        for _ in 0..n {
            ctx.tick()?;
        }
        Ok(Value::Int(n))
    }

    crate::export_c_abi!(double_and_print);

    /// Calls through the exported C functions, as a loader would.
    fn c_call(args: &[u8], gas: u64) -> String {
        let p = unsafe { pyctl_call(args.as_ptr().cast(), args.len(), gas) };
        assert!(!p.is_null());
        let line = unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned();
        unsafe { pyctl_free(p) };
        line
    }

    #[test]
    fn exported_functions() {
        assert_eq!(pyctl_abi_version(), ABI_VERSION);
        assert_eq!(c_call(b"[21]", 0), r#"{"repr": "42", "stdout": "42\n", "json": 42}"#);
        // Not NUL-terminated: only `len` bytes are read.
        assert_eq!(c_call(&b"[1]]]garbage"[..3], 5), r#"{"repr": "2", "stdout": "2\n", "json": 2}"#);
        assert_eq!(c_call(b"[\"\xc3\xa9\"]", 1), "{\"repr\": \"'\u{e9}\u{e9}'\", \"stdout\": \"\u{e9}\u{e9}\\n\", \"json\": \"\u{e9}\u{e9}\"}");
        assert_eq!(c_call(b"[]", 1), r#"{"fallback": true, "reason": "runtime panic"}"#);
        unsafe { pyctl_free(std::ptr::null_mut()) };
    }

    #[test]
    fn null_arguments() {
        let p = unsafe { pyctl_call(std::ptr::null(), 3, 1) };
        let line = unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned();
        unsafe { pyctl_free(p) };
        assert_eq!(line, r#"{"error": "null arguments pointer"}"#);
        let p = unsafe { pyctl_call(std::ptr::null(), 0, 1) };
        let line = unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned();
        unsafe { pyctl_free(p) };
        assert!(line.starts_with(r#"{"error": "invalid JSON"#), "{}", line);
    }

    #[test]
    fn malformed_arguments_are_errors() {
        assert_eq!(reply(double_and_print, b"{}", 1), r#"{"error": "expected a JSON array of arguments"}"#);
        assert!(reply(double_and_print, b"[1", 1).starts_with(r#"{"error": "invalid JSON: "#));
        assert!(reply(double_and_print, b"[\"\xff\"]", 1).starts_with(r#"{"error": "arguments are not UTF-8: "#));
        assert!(reply(double_and_print, br#"["\ud83d""#, 1).starts_with(r#"{"error": "invalid JSON: "#));
        assert_eq!(reply(double_and_print, br#"{"a": "\ud83d"}"#, 1), r#"{"error": "expected a JSON array of arguments"}"#);
    }

    #[test]
    fn deeply_nested_arguments_fall_back() {
        // Valid JSON past serde_json's recursion limit: a fallback, not an `error` result.
        let deep = format!("[{}{}]", "[".repeat(200), "]".repeat(200));
        let line = reply(double_and_print, deep.as_bytes(), 1000);
        assert_eq!(line, r#"{"fallback": true, "reason": "arguments nested more than 128 levels"}"#);
        let bad = format!("[{}1,{}]", "[".repeat(200), "]".repeat(200));
        assert!(reply(double_and_print, bad.as_bytes(), 1).starts_with(r#"{"error": "invalid JSON: "#));
    }

    #[test]
    fn lone_surrogate_arguments_fall_back() {
        // Valid JSON (Python's json.loads accepts it) that a Rust String cannot hold.
        let line = reply(double_and_print, br#"["\ud83d"]"#, 1000);
        assert_eq!(line, r#"{"fallback": true, "reason": "arguments hold a lone surrogate (\\ud800-\\udfff escape)"}"#);
        assert!(reply(double_and_print, br#"["x\udc00y"]"#, 1000).starts_with(r#"{"fallback": true, "reason": "#));
        assert_eq!(reply(double_and_print, br#"["\ud83d\ude00"]"#, 1000), r#"{"repr": "'😀😀'", "stdout": "😀😀\n", "json": "😀😀"}"#);
    }

    #[test]
    fn fallbacks_carry_their_reason() {
        assert_eq!(reply(spin, b"[]", 1000), r#"{"fallback": true, "reason": "out of gas"}"#);
        assert_eq!(reply(panics, b"[]", 1000), r#"{"fallback": true, "reason": "runtime panic"}"#);
        assert!(reply(double_and_print, b"[4611686018427387904]", 10).starts_with(r#"{"fallback": true, "reason": "#));
    }

    #[test]
    fn gas_is_exact_and_zero_is_unlimited() {
        assert_eq!(reply(count_ticks, b"[5]", 5), r#"{"repr": "5", "stdout": "", "json": 5}"#);
        assert_eq!(reply(count_ticks, b"[6]", 5), r#"{"fallback": true, "reason": "out of gas"}"#);
        assert_eq!(reply(count_ticks, b"[100000]", 0), r#"{"repr": "100000", "stdout": "", "json": 100000}"#);
    }

    #[test]
    fn a_call_past_its_deadline_falls_back_with_reason_timeout() {
        assert_eq!(reply_until(spin, b"[]", 0, 20_000), r#"{"fallback": true, "reason": "timeout"}"#);
        assert_eq!(reply_until(count_ticks, b"[5000]", 0, 10_000_000), r#"{"repr": "5000", "stdout": "", "json": 5000}"#);
        // The exported function forwards its time limit (generous here: the call is short).
        let args = b"[21]";
        let p = unsafe { pyctl_call_timeout(args.as_ptr().cast(), args.len(), 0, 10_000_000) };
        let line = unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned();
        unsafe { pyctl_free(p) };
        assert_eq!(line, r#"{"repr": "42", "stdout": "42\n", "json": 42}"#);
    }

    #[test]
    fn concurrent_calls() {
        let threads: Vec<_> = (0..8)
            .map(|t| {
                std::thread::spawn(move || {
                    for i in 0..200 {
                        let n = t * 1000 + i;
                        let line = c_call(format!("[{}]", n).as_bytes(), 0);
                        assert_eq!(line, format!(r#"{{"repr": "{0}", "stdout": "{0}\n", "json": {0}}}"#, 2 * n));
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
    }
}
