//===- RustEmitter.h - Lower a trace tree to Rust -----------------*- C++ -*-===//
//
// Lowers a pyctl trace file (docs/trace-format.md) to one Rust source file that uses the runtime
// crate in runtime/rust (`pyctl_runtime`).
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_CODEGEN_RUSTEMITTER_H
#define PYCTL_CODEGEN_RUSTEMITTER_H

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace pyctl {

/// Thrown by the Rust lowering when its input is not a well-formed trace file. The message names
/// the offending node by its JSON path in the file (e.g. `/trace/body/2/named`) and its kind.
class CodeGenError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// Lower a trace file to Rust.
///
/// Input: a parsed trace file, i.e. the envelope `{"format": "pyctl-trace", "version": 1,
/// "entry", "params", "trace", ...}` of docs/trace-format.md, section 1, whose `trace` is a
/// (merged) trace tree.
///
/// Output: the text of one self-contained Rust source file, `#![forbid(unsafe_code)]`, depending
/// only on the `pyctl_runtime` crate. It defines
/// `pub fn run(args: &[Value], ctx: &mut Ctx) -> Result<Value, Fallback>`, which returns
/// `Fallback` when `args.len()` differs from the number of `params` and otherwise evaluates the
/// tree with the compiled semantics of docs/trace-format.md, section 5 (an `unknown` node, a false
/// `isFunction` guard, reading an unbound name, an `integer` constant or any integer result past
/// 64 bits, anything CPython would raise for, and running out of gas all give `Fallback`; gas is
/// spent once per `while` iteration and once per entered `'ret` label, i.e. per inlined call); and
/// `fn main()`, which serves `run` with `pyctl_runtime::main_loop` (one JSON array of arguments per
/// input line, one JSON reply per line).
///
/// The version-1 extensions of section 6 are lowered too: `methodCall` (a call of
/// `pyctl_runtime::methods::NAME`, which dispatches on the receiver's run-time type), `slice` as
/// the index of an `index` node (`get_slice`) or of an `index` lvalue (`set_slice`), `dict`
/// displays, `ifExp` (only the chosen operand is evaluated), `builtin` values, `raise` (a
/// `Fallback`), closures (`newCell`, `deref` also as an lvalue, `from`, and `clos` nodes whose
/// `tenv` captures cells), default parameter values (`clos.defaults`, `default`, and `argument`
/// nodes with a `default`, which let an invocation pass fewer arguments), and `starred` items of
/// tuple assignment targets. Keyword arguments (`keywords`) go to `builtins::call_kw`,
/// `builtins::print_kw` or `methods::call_kw`. A `primApp`, method or keyword the runtime does not
/// implement compiles to a `Fallback` at that point, not to an error. The snake_case field spellings of the earlier
/// Python port (`condition`, `true_part`, `false_part`, `event_args`, a bare string as
/// `set.name`) are accepted too.
///
/// Errors: throws CodeGenError when the file is malformed: a wrong envelope (format, version,
/// params, trace), a node without a known `kind` or with missing or mistyped fields, an unknown
/// operator, a `slice` that is not the index of an `index` node, a `dict` whose `keys` and
/// `values` differ in length, a `break` with no enclosing label of its name, a read or
/// assignment of a name bound by no enclosing `let`, an `argument` index outside `params`, or an
/// invalid lvalue.
std::string emitRust(const nlohmann::json &traceFile);

} // namespace pyctl

#endif // PYCTL_CODEGEN_RUSTEMITTER_H
