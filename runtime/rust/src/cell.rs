//! Cells and closures: the variables a function shares with the functions nested in it
//! (`newCell`, `deref`, `from` nodes; docs/trace-format.md, "Closures").

use crate::fallback::{fail, Fallback, PyResult};
use crate::value::Value;

/// `deref cell`: the variable's value; an empty cell falls back (CPython raises `NameError` /
/// `UnboundLocalError`).
#[inline]
pub fn deref(cell: &Value) -> PyResult {
    match cell {
        Value::Cell(c) => match &*c.borrow() {
            Value::Undefined => fail("read of an empty cell"),
            v => Ok(v.clone()),
        },
        _ => fail("deref of a value that is not a cell"),
    }
}

/// `set (deref cell) = value`.
#[inline]
pub fn set_deref(cell: &Value, value: Value) -> Result<(), Fallback> {
    match cell {
        Value::Cell(c) => {
            *c.borrow_mut() = value;
            Ok(())
        }
        _ => fail("assignment through a value that is not a cell"),
    }
}

/// `del (deref cell)`: `del x` of a variable shared with nested functions (a local that one
/// uses, or a `nonlocal` one) empties its cell, so every function sharing it sees it unbound. An
/// empty cell falls back (CPython raises `NameError` / `UnboundLocalError`).
#[inline]
pub fn del_deref(cell: &Value) -> Result<(), Fallback> {
    match cell {
        Value::Cell(c) => {
            // The old value is dropped after the cell's borrow ends.
            let old = std::mem::replace(&mut *c.borrow_mut(), Value::Undefined);
            if let Value::Undefined = old {
                return fail("deletion of an empty cell");
            }
            Ok(())
        }
        _ => fail("deletion through a value that is not a cell"),
    }
}

/// `from closure name`: the cell of the variable `name` captured by `closure`.
pub fn closure_cell(closure: &Value, name: &str) -> PyResult {
    match closure {
        Value::Function(f) => match f.env.iter().find(|(n, _)| *n == name) {
            Some((_, cell)) => Ok(cell.clone()),
            None => fail("the closure captured no variable of that name"),
        },
        _ => fail("captured variable of a value that is not a function"),
    }
}

/// `default closure i`: the `i`-th default parameter value of `closure` (the same object every
/// time, so a mutable default keeps its state).
pub fn closure_default(closure: &Value, index: usize) -> PyResult {
    match closure {
        Value::Function(f) => match f.defaults.get(index) {
            Some(v) => Ok(v.clone()),
            None => fail("the function has no such default value"),
        },
        _ => fail("default value of a value that is not a function"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{op_eq, op_is};

    #[test]
    fn closures_share_cells() {
        let total = Value::new_cell();
        assert!(deref(&total).is_err());
        set_deref(&total, Value::Int(1)).unwrap();
        let add = Value::closure("add@5:5", vec![("total", total.clone())]);
        let seen = closure_cell(&add, "total").unwrap();
        set_deref(&seen, Value::Int(5)).unwrap();
        // The enclosing function sees the nested function's assignment.
        assert!(matches!(deref(&total), Ok(Value::Int(5))));
        assert!(closure_cell(&add, "other").is_err());
        assert!(deref(&Value::Int(1)).is_err());
        // Function identity is exact: another evaluation of the same `def` is another object.
        let again = Value::closure("add@5:5", vec![("total", total.clone())]);
        assert!(matches!(op_is(&add, &add.clone()), Ok(Value::Bool(true))));
        assert!(matches!(op_is(&add, &again), Ok(Value::Bool(false))));
        assert!(matches!(op_eq(&add, &again), Ok(Value::Bool(false))));
        assert!(op_eq(&total, &total).is_err());
        assert!(crate::repr::repr(&total).is_err());
    }

    #[test]
    fn deleting_empties_the_shared_cell() {
        let x = Value::new_cell();
        assert!(del_deref(&x).is_err());
        set_deref(&x, Value::Int(1)).unwrap();
        let f = Value::closure("f@2:5", vec![("x", x.clone())]);
        del_deref(&closure_cell(&f, "x").unwrap()).unwrap();
        assert!(deref(&x).is_err());
        assert!(del_deref(&x).is_err());
        set_deref(&x, Value::Int(2)).unwrap();
        assert!(matches!(deref(&x), Ok(Value::Int(2))));
        assert!(del_deref(&Value::Int(1)).is_err());
    }

    #[test]
    fn defaults_are_shared_objects() {
        let seen = Value::list(vec![]);
        let f = Value::closure_with_defaults("remember@1:1", vec![], vec![Value::Int(2), seen]);
        assert!(matches!(closure_default(&f, 0), Ok(Value::Int(2))));
        let a = closure_default(&f, 1).unwrap();
        crate::methods::append(&a, &[Value::Int(1)]).unwrap();
        assert_eq!(crate::repr::repr(&closure_default(&f, 1).unwrap()).unwrap(), "[1]");
        assert!(closure_default(&f, 2).is_err());
        assert!(closure_default(&Value::None, 0).is_err());
    }
}
