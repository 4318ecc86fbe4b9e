//! Freeing deeply nested values without recursion, after CPython's "trashcan".
//!
//! A list nested a million levels deep (`x = [x]` in a loop) is a valid Python value, and CPython
//! frees it without trouble: its deallocators run inside `Py_TRASHCAN_BEGIN/END`, which park
//! objects freed during another deallocation on a list that the outermost one drains. Rust's drop
//! glue for `Rc<RefCell<Vec<Value>>>` would instead recurse once per level and overflow the stack.
//!
//! So the containers that hold values (`ListItems`, `TupleItems`, and `Dict`, which backs dicts,
//! sets and dict views) implement `Drop` by handing their items to `release`: the outermost
//! `release` on a thread drops the items one at a time from a queue, and any `release` that runs
//! meanwhile (a nested container being freed) only adds its items to that queue. The stack then
//! stays as deep as one container's drop, whatever the nesting. `Drop` is on these containers,
//! not on `Value`, so code can still move fields out of a `Value`.

use std::cell::{Cell, RefCell};
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

use crate::value::Value;

/// The teardown state of one thread: whether a `release` is running, and the values it still
/// has to drop.
struct Teardown {
    active: Cell<bool>,
    queue: RefCell<Vec<Value>>,
}

thread_local! {
    static TEARDOWN: Teardown = const { Teardown { active: Cell::new(false), queue: RefCell::new(Vec::new()) } };
}

/// Whether dropping `v` may drop other values (so it must go through the queue).
fn holds_values(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::DictView(..)
            | Value::Set(_)
            | Value::Function(_)
            | Value::Cell(_)
            | Value::Iter(_)
    )
}

/// Drops `items` (the contents of a container being freed) without recursion: values that hold no
/// other values are dropped here; the others are queued, and the outermost `release` of the
/// thread drops the queue one value at a time (each may queue more).
pub fn release<I: IntoIterator<Item = Value>>(items: I) {
    let items = items.into_iter();
    // `try_with` fails only while the thread's locals are being destroyed; the items are then
    // dropped the plain way.
    let outermost = TEARDOWN
        .try_with(move |t| {
            let mut queue = t.queue.borrow_mut();
            for v in items {
                if holds_values(&v) {
                    queue.push(v);
                }
                // Any other value is dropped here: it cannot reach `release`.
            }
            !t.active.replace(true)
        })
        .unwrap_or(false);
    if !outermost {
        return;
    }
    while let Some(v) = TEARDOWN.with(|t| t.queue.borrow_mut().pop()) {
        drop(v);
    }
    TEARDOWN.with(|t| {
        t.active.set(false);
        let mut queue = t.queue.borrow_mut();
        if queue.capacity() > 4096 {
            *queue = Vec::new();
        }
    });
}

/// The items of a `list` (`Value::List`): a `Vec<Value>` (reached through `Deref`) freed by
/// `release`.
#[derive(Clone, Debug, Default)]
pub struct ListItems(pub Vec<Value>);

impl Deref for ListItems {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.0
    }
}

impl DerefMut for ListItems {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.0
    }
}

impl From<Vec<Value>> for ListItems {
    fn from(items: Vec<Value>) -> ListItems {
        ListItems(items)
    }
}

impl Drop for ListItems {
    fn drop(&mut self) {
        if !self.0.is_empty() {
            release(std::mem::take(&mut self.0));
        }
    }
}

/// The items of a `tuple` (`Value::Tuple` holds an `Rc<TupleItems>`): a boxed slice of values
/// (reached through `Deref`) freed by `release`.
#[derive(Debug)]
pub struct TupleItems(Box<[Value]>);

impl TupleItems {
    /// A shared tuple holding `items`.
    pub fn new(items: Vec<Value>) -> Rc<TupleItems> {
        Rc::new(TupleItems(items.into_boxed_slice()))
    }
}

impl Deref for TupleItems {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        &self.0
    }
}

impl Drop for TupleItems {
    fn drop(&mut self) {
        if !self.0.is_empty() {
            release(std::mem::take(&mut self.0).into_vec());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds and drops a list, a tuple and a dict nested far deeper than the stack allows for
    /// recursive drops (CPython frees them; so must compiled code).
    #[test]
    fn deep_nesting_is_freed_without_recursion() {
        let n = 300_000;
        let mut x = Value::list(Vec::new());
        for _ in 0..n {
            x = Value::list(vec![x]);
        }
        drop(x);
        let mut t = Value::tuple(Vec::new());
        for _ in 0..n {
            t = Value::tuple(vec![Value::Int(1), t]);
        }
        drop(t);
        let mut d = Value::dict();
        for _ in 0..n {
            let mut inner = crate::dict::Dict::new();
            crate::dict::set_item(&mut inner, &Value::str("k"), d).unwrap();
            d = Value::from_dict(inner);
        }
        drop(d);
        TEARDOWN.with(|t| {
            assert!(!t.active.get());
            assert!(t.queue.borrow().is_empty());
        });
    }

    /// Shared items are not freed by the teardown of one holder.
    #[test]
    fn shared_items_survive() {
        let inner = Value::list(vec![Value::Int(7)]);
        let outer = Value::list(vec![inner.clone(), Value::tuple(vec![inner.clone()])]);
        drop(outer);
        let Value::List(l) = &inner else { unreachable!() };
        assert_eq!(l.borrow().len(), 1);
    }
}
