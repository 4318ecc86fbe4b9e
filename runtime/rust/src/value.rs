//! `Value`: the Python values compiled code computes with.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::Dict;
use crate::fallback::{fail, Fallback};
pub use crate::pystr::PyStr;
pub use crate::teardown::{ListItems, TupleItems};

/// A Python value. Scalars are unboxed; `str`, `tuple` and function values are immutable and
/// shared through `Rc`; a `list` and a `dict` are shared *and* mutable (`Rc<RefCell<..>>`), so two
/// names bound to the same list or dict alias it exactly as in Python. Two words (16 bytes; a
/// unit test checks it): payloads bigger than one word are boxed.
#[derive(Debug)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An `int` that fits in 64 bits (a result that does not fit makes the call fall back).
    Int(i64),
    /// A `float` (IEEE double, as CPython).
    Float(f64),
    /// A `str`; length and indexing count code points (see `pystr.rs`).
    Str(PyStr),
    /// A `list`: shared and mutable.
    List(Rc<RefCell<ListItems>>),
    /// A `tuple`.
    Tuple(Rc<TupleItems>),
    /// A `dict`: shared and mutable, insertion-ordered.
    Dict(Rc<RefCell<Dict>>),
    /// A live view of a dict: `d.keys()`, `d.values()` or `d.items()`. It sees later changes of
    /// the dict; `len`, iteration, `in`, `repr` and truth are supported, anything else falls back.
    DictView(Rc<RefCell<Dict>>, ViewKind),
    /// `range(start, stop, step)`: `(start, stop, step)`, `step` never 0. Boxed (an `Rc`, as
    /// a range is immutable), so that a `Value` stays two words.
    Range(Rc<(i64, i64, i64)>),
    /// A user function made by `def`: its identity `"NAME@LINE:COL"` and the cells of the
    /// enclosing functions' variables it uses. Each evaluation of a `def` makes a new one, so two
    /// function values are the same Python object exactly when they share the `Rc`.
    Function(Rc<Closure>),
    /// A cell: a variable shared between a function and the functions nested in it (`newCell`).
    /// It holds `Undefined` while empty. Cells are never Python-visible values: anything but
    /// reading or writing one through `deref` falls back.
    Cell(Rc<RefCell<Value>>),
    /// A `set`: shared and mutable; its items are the keys of the dict (see `set.rs`).
    Set(Rc<RefCell<Dict>>),
    /// An iterator (`iter(x)`, `enumerate(..)`, `zip(..)`, `reversed(..)`): shared and advanced
    /// in place, so every copy sees the same position (see `iter.rs`).
    Iter(crate::iter::IterRef),
    /// A builtin function or type used as a value (`isinstance(x, list)`), by its Python name
    /// (a reference to a static `&str`, e.g. `Value::Builtin(&"len")`, so that a `Value` stays
    /// two words).
    Builtin(&'static &'static str),
    /// An `re.Match` object (`re.search`, `re.match`, `re.fullmatch`; see `match_object.rs`):
    /// immutable; equal only to itself.
    Match(Rc<crate::match_object::MatchObj>),
    /// An `re.Pattern` object (`re.compile`; see `pattern_object.rs`): immutable; equal to the
    /// patterns of the same text.
    Pattern(Rc<crate::pattern_object::PatternObj>),
    /// A method bound to its receiver (`d.get`; see `bound_method.rs`): calling it calls the
    /// method on the shared receiver.
    BoundMethod(Rc<crate::bound_method::BoundMethod>),
    /// The value of a declared but unbound name; reading it falls back.
    Undefined,
}

impl Value {
    /// A `str` value holding `s`.
    pub fn str(s: &str) -> Value {
        Value::Str(PyStr::from(s))
    }

    /// A `str` value taking ownership of `s`.
    pub fn string(s: String) -> Value {
        Value::Str(PyStr::new(s))
    }

    /// A new `list` holding `items`.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(ListItems(items))))
    }

    /// A `tuple` holding `items`.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(TupleItems::new(items))
    }

    /// `range(start, stop, step)`; `step` must not be 0.
    pub fn range(start: i64, stop: i64, step: i64) -> Value {
        debug_assert!(step != 0);
        Value::Range(Rc::new((start, stop, step)))
    }

    /// A new, empty `dict`.
    pub fn dict() -> Value {
        Value::Dict(Rc::new(RefCell::new(Dict::new())))
    }

    /// A `dict` holding `d`.
    pub fn from_dict(d: Dict) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }

    /// A function value with identity `id` (`"NAME@LINE:COL"`) that captures nothing.
    pub fn function(id: &str) -> Value {
        Value::closure(id, Vec::new())
    }

    /// A function value with identity `id` capturing the cells `env` (by variable name).
    pub fn closure(id: &str, env: Vec<(&'static str, Value)>) -> Value {
        Value::closure_with_defaults(id, env, Vec::new())
    }

    /// A function value with the values of its default parameters (evaluated where the `def`
    /// ran).
    pub fn closure_with_defaults(id: &str, env: Vec<(&'static str, Value)>, defaults: Vec<Value>) -> Value {
        Value::Function(Rc::new(Closure { id: Box::from(id), env, defaults }))
    }

    /// A new, empty cell.
    pub fn new_cell() -> Value {
        Value::Cell(Rc::new(RefCell::new(Value::Undefined)))
    }

    /// CPython's `type(v).__name__`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::DictView(_, ViewKind::Keys) => "dict_keys",
            Value::DictView(_, ViewKind::Values) => "dict_values",
            Value::DictView(_, ViewKind::Items) => "dict_items",
            Value::Range(..) => "range",
            Value::Set(_) => "set",
            Value::Function(_) => "function",
            Value::Cell(_) => "cell",
            Value::Iter(it) => it.try_borrow().map(|s| crate::iter::PyIter::type_name(&*s)).unwrap_or("iterator"),
            Value::Builtin(name) => {
                if crate::builtins::is_type_name(name) || **name == "NoneType" {
                    "type"
                } else if crate::method_descriptor::parts(name).is_some() {
                    "method_descriptor"
                } else {
                    "builtin_function_or_method"
                }
            }
            Value::Match(_) => "re.Match",
            Value::Pattern(_) => "re.Pattern",
            // re.Pattern's methods that take the defining class are CPython's builtin_method.
            Value::BoundMethod(m) if matches!(m.recv, Value::Pattern(_)) && m.name != "findall" && m.name != "split" => {
                "builtin_method"
            }
            Value::BoundMethod(_) => "builtin_function_or_method",
            Value::Undefined => "undefined",
        }
    }

    /// The integer value of an `int` or `bool` (Python's `bool` is a subclass of `int`).
    #[inline]
    pub fn as_int(&self) -> Option<i64> {
        match *self {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            _ => None,
        }
    }
}

/// Copies the scalars inline (generated code clones the value of every name it reads) and shares
/// the rest (a new `Rc` of the same object), out of line.
impl Clone for Value {
    #[inline]
    fn clone(&self) -> Value {
        match *self {
            Value::Int(i) => Value::Int(i),
            Value::Bool(b) => Value::Bool(b),
            Value::Float(f) => Value::Float(f),
            Value::None => Value::None,
            _ => self.clone_shared(),
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_shared(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Str(s) => Value::Str(s.clone()),
            Value::List(l) => Value::List(l.clone()),
            Value::Tuple(t) => Value::Tuple(t.clone()),
            Value::Dict(d) => Value::Dict(d.clone()),
            Value::DictView(d, kind) => Value::DictView(d.clone(), *kind),
            Value::Range(r) => Value::Range(r.clone()),
            Value::Function(f) => Value::Function(f.clone()),
            Value::Cell(c) => Value::Cell(c.clone()),
            Value::Set(s) => Value::Set(s.clone()),
            Value::Iter(it) => Value::Iter(it.clone()),
            Value::Builtin(name) => Value::Builtin(name),
            Value::Match(m) => Value::Match(m.clone()),
            Value::Pattern(p) => Value::Pattern(p.clone()),
            Value::BoundMethod(m) => Value::BoundMethod(m.clone()),
            Value::Undefined => Value::Undefined,
        }
    }
}

/// A function value: its identity and captured cells (see `Value::Function`).
#[derive(Debug)]
pub struct Closure {
    /// `"NAME@LINE:COL"` of the `def`.
    pub id: Box<str>,
    /// The captured cells, by the name of the variable (the `tenv` of the `clos` node).
    pub env: Vec<(&'static str, Value)>,
    /// The default values of the trailing parameters (the `defaults` of the `clos` node).
    pub defaults: Vec<Value>,
}

/// Which view of a dict a `Value::DictView` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    /// `d.keys()`: `dict_keys`.
    Keys,
    /// `d.values()`: `dict_values`.
    Values,
    /// `d.items()`: `dict_items`, whose items are `(key, value)` tuples.
    Items,
}

/// Read a variable: its value, or `Fallback` when it is unbound (CPython would raise
/// `UnboundLocalError` / `NameError`).
#[inline]
pub fn defined(v: &Value) -> Result<&Value, Fallback> {
    match v {
        Value::Undefined => fail("read of an unbound name"),
        _ => Ok(v),
    }
}

/// `del x` of a variable: it becomes unbound (later reads fall back, as reads of a variable never
/// assigned do). Deleting an unbound variable falls back (CPython raises `UnboundLocalError` /
/// `NameError`).
#[inline]
pub fn del_name(v: &mut Value) -> Result<(), Fallback> {
    if let Value::Undefined = v {
        return fail("deletion of an unbound name");
    }
    *v = Value::Undefined;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deleting_a_name_unbinds_it() {
        let mut x = Value::Int(1);
        del_name(&mut x).unwrap();
        assert!(defined(&x).is_err());
        // python3: del of an unbound name raises UnboundLocalError.
        assert!(del_name(&mut x).is_err());
        x = Value::None;
        assert!(matches!(defined(&x), Ok(Value::None)));
        del_name(&mut x).unwrap();
        assert!(defined(&x).is_err());
    }
}
