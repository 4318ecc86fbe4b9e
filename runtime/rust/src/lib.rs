//! Runtime for Rust code that pyctl compiles from Python trace trees.
//!
//! A compiled function is `fn run(args: &[Value], ctx: &mut Ctx) -> Result<Value, Fallback>`:
//! every operation follows CPython 3.11 exactly, or returns `Fallback` so the caller re-runs the
//! call in the interpreter (see `docs/trace-format.md`, section 5). `main_loop` serves such a
//! function over stdin/stdout.
//!
//! Generated code uses `use pyctl_runtime::*;` and calls the operator functions (`op_add`,
//! `op_lt`, ...), `truthy`, `defined`, the sequence and slice helpers, `dict_display`, the cell
//! helpers (`deref`, `set_deref`, `closure_cell`), and the `builtins` and `methods` modules
//! (`primApp` and `methodCall` nodes).
//!
//! `export_c_abi!` (module `cabi`) exposes a compiled function as the C ABI of a shared library;
//! `cabi` is the only module allowed `unsafe` code (for the C pointers), everything else is safe.
#![deny(unsafe_code)]

mod arith;
mod attributes;
pub mod builtins;
pub mod bound_method;
pub mod cabi;
pub mod callback;
mod call_args;
mod case_convert;
mod cell;
mod compare;
mod ctx;
mod dict;
mod exception_classes;
mod fallback;
mod float_repr;
mod format;
mod harness;
mod hash;
mod heap_tuning;
mod int_local;
pub mod iter;
mod json;
pub mod math;
pub mod json_module;
pub mod match_object;
pub mod pattern_object;
mod percent;
mod pystr;
pub mod methods;
pub mod method_descriptor;
mod num_parse;
mod pull;
pub mod re_module;
pub mod regex;
mod repr;
mod sequence;
mod teardown;
mod set;
mod slice;
pub mod spread;
mod str_format;
mod strings;
mod truth;
mod regex_ignorecase;
mod unicode_regex;
mod unicode_case;
mod unicode_class;
mod unicode_printable;
mod value;

pub use arith::{
    op_add, op_add_to, op_bitand, op_bitor, op_bitxor, op_floordiv, op_iadd, op_iand, op_imul, op_invert, op_ior,
    op_isub, op_ixor, op_lshift, op_mod,
    op_mul, op_neg, op_not, op_pos, op_pow, op_rshift, op_sub, op_truediv,
};
pub use cell::{closure_cell, closure_default, del_deref, deref, set_deref};
pub use compare::{
    eq_bool, ge_bool, gt_bool, in_bool, is_bool, is_not_bool, le_bool, lt_bool, ne_bool, not_in_bool, op_eq, op_ge, op_gt,
    op_in, op_is, op_is_not, op_le, op_lt, op_ne, op_not_in,
};
pub use ctx::{Ctx, DEFAULT_GAS, TIMEOUT_REASON};
pub use dict::{dict_display, dict_display_insert, dict_display_merge, Dict};
pub use set::set_display;
pub use int_local::{int_add, int_floordiv, int_len, int_mod, int_mul, int_neg, int_sub, int_var, range_item};
pub use fallback::{fail, fallback, Fallback, PyResult};
pub use float_repr::float_repr;
pub use harness::{main_loop, run_call, run_call_until, Entry};
pub use json::{from_json, to_json, write_json_string};
pub use repr::{repr, to_str, write_str_repr};
pub use format::format_value;
pub use sequence::{del_index, get_index, items, len, range_len, set_index, unpack, unpack_n, unpack_star};
pub use slice::{del_slice, get_slice, set_slice};
pub use truth::truthy;
pub use unicode_printable::is_printable;
pub use value::{defined, del_name, Closure, PyStr, Value, ViewKind};
