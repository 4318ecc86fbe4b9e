/*===- CompiledABI.h - The C ABI of a compiled function library -*- C -*-===//
 *
 * A compiled function built by buildRustLibrary (pyctl/CodeGen/RustBuild.h)
 * is a shared library exporting these three C functions. The runtime crate
 * implements them (runtime/rust/src/cabi.rs, macro `export_c_abi!`); the
 * generated code itself has no unsafe code. This header is valid C and C++.
 *
 *===----------------------------------------------------------------------===*/

#ifndef PYCTL_CODEGEN_COMPILEDABI_H
#define PYCTL_CODEGEN_COMPILEDABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The ABI version this header describes; pyctl_abi_version() returns it. */
#define PYCTL_ABI_VERSION 2u

/** The version of the ABI the library implements (PYCTL_ABI_VERSION). A
 * loader must not call anything else in a library whose version differs. */
uint32_t pyctl_abi_version(void);

/** Runs the compiled function once.
 *
 * Input: args_json[0 .. len) is UTF-8 text holding a JSON array of positional
 * arguments (docs/driver.md, Inputs); it need not be NUL-terminated. gas is
 * the call's budget in the unit of runtime/rust/src/ctx.rs (one per loop
 * iteration and per inlined call); 0 means unlimited.
 *
 * Output: a NUL-terminated UTF-8 JSON object on one line, allocated by the
 * library; the caller releases it with pyctl_free. It is one of
 *   {"repr": R, "stdout": S, "json": J}  the call returned (exactly the
 *       result line of docs/driver.md; "json" left out when the value has no
 *       JSON form),
 *   {"fallback": true, "reason": T}  the call left the traced paths, would
 *       raise, or ran out of gas: re-run it in the interpreter (T is for
 *       diagnostics only),
 *   {"error": T}  args_json is not a JSON array (T says why).
 * NULL only when no memory could be allocated for the reply.
 *
 * Thread-safe: any number of threads may call it at once. A panic inside the
 * library never unwinds into the caller (it becomes a fallback). */
char *pyctl_call(const char *args_json, size_t len, uint64_t gas);

/** pyctl_call with a time limit of timeout_us microseconds from the call's
 * start (0: none), checked every 1024 units of gas: a call past it answers
 * {"fallback": true, "reason": "timeout"} (callers must not re-run it, as its
 * time is spent). Added in ABI version 2. */
char *pyctl_call_timeout(const char *args_json, size_t len, uint64_t gas, uint64_t timeout_us);

/** Releases a reply of pyctl_call or pyctl_call_timeout (NULL is ignored). */
void pyctl_free(char *reply);

/** Pointer types of the functions, for dlsym. */
typedef uint32_t (*pyctl_abi_version_fn)(void);
typedef char *(*pyctl_call_fn)(const char *args_json, size_t len, uint64_t gas);
typedef char *(*pyctl_call_timeout_fn)(const char *args_json, size_t len, uint64_t gas,
                                       uint64_t timeout_us);
typedef void (*pyctl_free_fn)(char *reply);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* PYCTL_CODEGEN_COMPILEDABI_H */
