//! Iterators: `iter`, `next`, `enumerate`, `zip`, `reversed`, `map`, `filter`, with CPython
//! 3.11's behaviour per source. A `Value::Iter` shares one iterator object ([`IterRef`]), so every
//! copy advances it. New sources (`map`, `filter`, ...) implement `PyIter`.
//!
//! A `map` or `filter` of a user function cannot call it: its calls are inlined in the
//! `pullCallback` label of the pulling point (docs/trace-format.md, map and filter). So such an
//! iterator *steps* ([`PyIter::step`]): when it needs the function's result it hands out a
//! [`PendingCall`] instead of an item, keeps what it pulled so far, and goes on once the generated
//! code has run the label and [`PendingCall::answer`]ed. `zip`, `enumerate` and maps and filters
//! of builtins pass a pending call of their sources on in the same way (`callback.rs` drives the
//! steps for the builtin that pulls). [`PyIter::next_item`] falls back where a step would need a
//! call.

use std::cell::RefCell;
use std::fmt::Debug;
use std::rc::Rc;

use crate::value::PyStr;
use crate::dict::Dict;
use crate::fallback::{fail, Fallback, PyResult};
use crate::sequence::range_len;
use crate::value::{Value, ViewKind};

/// One iterator source.
pub trait PyIter: Debug {
    /// The next item, `None` when exhausted; `Fallback` where CPython raises (e.g. `RuntimeError`
    /// for a dict resized during iteration) and where a user function would have to be called.
    fn next_item(&mut self) -> Result<Option<Value>, Fallback>;
    /// CPython's type name (`"list_iterator"`, `"zip"`, ...).
    fn type_name(&self) -> &'static str;
    /// One step towards the next item: the item, the end, or a call of a user function this
    /// iterator (or one it pulls from) needs first. After a [`Step::Call`], the next step must
    /// come once the call was answered; it goes on where this one stopped. Sources that never
    /// call user functions step with `next_item`.
    fn step(&mut self) -> Result<Step, Fallback> {
        Ok(match self.next_item()? {
            Some(item) => Step::Item(item),
            None => Step::Done,
        })
    }
    /// Whether stepping may hand out a [`Step::Call`]: a `map` or `filter` of a user function,
    /// or an iterator pulling from one.
    fn calls_user(&self) -> bool {
        false
    }
}

/// The shared iterator object of a `Value::Iter`: one thin pointer, so that a `Value` stays two
/// words.
pub type IterRef = Rc<RefCell<IterObj>>;

/// The iterator behind an [`IterRef`]: a `range` iterator inline (the iterator of most loops,
/// advanced without a virtual call), any other source boxed.
#[derive(Debug)]
pub enum IterObj {
    /// `range_iterator`.
    Range(RangeIter),
    /// Any other source.
    Dyn(Box<dyn PyIter>),
}

impl PyIter for IterObj {
    #[inline]
    fn next_item(&mut self) -> Result<Option<Value>, Fallback> {
        match self {
            IterObj::Range(r) => Ok(r.next_int().map(Value::Int)),
            IterObj::Dyn(d) => d.next_item(),
        }
    }
    fn type_name(&self) -> &'static str {
        match self {
            IterObj::Range(r) => r.type_name(),
            IterObj::Dyn(d) => d.type_name(),
        }
    }
    fn step(&mut self) -> Result<Step, Fallback> {
        match self {
            IterObj::Range(r) => r.step(),
            IterObj::Dyn(d) => d.step(),
        }
    }
    fn calls_user(&self) -> bool {
        match self {
            IterObj::Range(_) => false,
            IterObj::Dyn(d) => d.calls_user(),
        }
    }
}

/// A call of a user function (or lambda) a `map` or `filter` iterator needs to give its next
/// item: `func(*args)` (one argument per iterable of a `map`, the item for a `filter`). The
/// generated code runs the pulling point's `pullCallback` label with `callbackFn` = [`func`] and
/// `callbackArg i` = [`arg`]`(i)`, and gives the result to [`answer`]; `filter` tests its truth.
///
/// [`func`]: PendingCall::func
/// [`arg`]: PendingCall::arg
/// [`answer`]: PendingCall::answer
#[derive(Debug)]
pub struct PendingCall {
    func: Value,
    args: Vec<Value>,
    slot: Rc<RefCell<Option<Value>>>,
}

impl PendingCall {
    /// The function to call (`callbackFn`).
    pub fn func(&self) -> &Value {
        &self.func
    }
    /// The number of arguments it is called with.
    pub fn arity(&self) -> usize {
        self.args.len()
    }
    /// Argument `i` (`callbackArg i`); past the last one falls back.
    pub fn arg(&self, i: usize) -> PyResult {
        match self.args.get(i) {
            Some(v) => Ok(v.clone()),
            None => fail("callbackArg past the arguments of a map() call"),
        }
    }
    /// The call's result, for the iterator that asked for it.
    pub fn answer(self, result: Value) {
        *self.slot.borrow_mut() = Some(result);
    }
}

/// The outcome of [`PyIter::step`].
#[derive(Debug)]
pub enum Step {
    /// The next item.
    Item(Value),
    /// The iterator is exhausted.
    Done,
    /// A user function must be called first.
    Call(PendingCall),
}

/// A call the iterator handed out and waits for: the answer's slot.
type Waiting = Option<Rc<RefCell<Option<Value>>>>;

/// Hand out a call of `func` on `args`, to be answered into a new slot kept in `waiting`.
fn ask(func: &Value, args: Vec<Value>, waiting: &mut Waiting) -> Step {
    let slot = Rc::new(RefCell::new(None));
    *waiting = Some(slot.clone());
    Step::Call(PendingCall { func: func.clone(), args, slot })
}

/// The answer of the call `waiting` holds, if one is pending; stepping again before it was
/// answered (the function pulling from its own iterator) falls back.
fn answered(waiting: &mut Waiting) -> Result<Option<Value>, Fallback> {
    match waiting.take() {
        None => Ok(None),
        Some(slot) => match slot.borrow_mut().take() {
            Some(v) => Ok(Some(v)),
            None => fail("an iterator pulled again while its function runs"),
        },
    }
}

/// `next_item` of an iterator that steps: a pending call falls back.
fn item_of_step(step: Step) -> Result<Option<Value>, Fallback> {
    match step {
        Step::Item(v) => Ok(Some(v)),
        Step::Done => Ok(None),
        Step::Call(_) => fail("map()/filter() calling a user function outside a pulling point"),
    }
}

/// One step of the iterator `it` (a `Value::Iter`).
pub fn step_of(it: &IterRef) -> Result<Step, Fallback> {
    match it.try_borrow_mut() {
        Ok(mut source) => source.step(),
        Err(_) => fail("an iterator advanced while it advances"),
    }
}

/// Whether stepping `it` may hand out a call (see [`PyIter::calls_user`]).
pub fn calls_user(it: &IterRef) -> bool {
    it.try_borrow().map(|s| s.calls_user()).unwrap_or(true)
}

/// Whether `v` is an iterator that may hand out calls of user functions when stepped.
pub fn value_calls_user(v: &Value) -> bool {
    matches!(v, Value::Iter(it) if calls_user(it))
}

/// Wrap a source as a Python value.
pub fn iter_value<T: PyIter + 'static>(source: T) -> Value {
    Value::Iter(Rc::new(RefCell::new(IterObj::Dyn(Box::new(source)))))
}

/// Advance the iterator `it` (a `Value::Iter`): its next item or `None`.
#[inline]
pub fn next_of(it: &IterRef) -> Result<Option<Value>, Fallback> {
    match it.try_borrow_mut() {
        Ok(mut source) => source.next_item(),
        Err(_) => fail("an iterator advanced while it advances"),
    }
}

/// The items a `SeqIter` walks: a live list or a tuple.
#[derive(Debug)]
enum Seq {
    List(Rc<RefCell<crate::value::ListItems>>),
    Tuple(Rc<crate::value::TupleItems>),
}

/// `list_iterator` / `list_reverseiterator`, and `tuple_iterator` / `reversed` over a tuple: an
/// index into the items (a list's appends are seen); once exhausted it stays exhausted.
#[derive(Debug)]
struct SeqIter {
    seq: Option<Seq>,
    pos: i64,
    reverse: bool,
    list: bool,
}

impl SeqIter {
    fn new(seq: Seq, reverse: bool) -> SeqIter {
        let (len, list) = match &seq {
            Seq::List(l) => (l.borrow().len(), true),
            Seq::Tuple(t) => (t.len(), false),
        };
        let pos = if reverse { len as i64 - 1 } else { 0 };
        SeqIter { seq: Some(seq), pos, reverse, list }
    }
}

impl PyIter for SeqIter {
    fn next_item(&mut self) -> Result<Option<Value>, Fallback> {
        let item = match &self.seq {
            _ if self.pos < 0 => None,
            Some(Seq::List(l)) => l.borrow().get(self.pos as usize).cloned(),
            Some(Seq::Tuple(t)) => t.get(self.pos as usize).cloned(),
            None => None,
        };
        match item {
            Some(_) => self.pos += if self.reverse { -1 } else { 1 },
            None => self.seq = None,
        }
        Ok(item)
    }
    fn type_name(&self) -> &'static str {
        match (self.list, self.reverse) {
            (true, false) => "list_iterator",
            (true, true) => "list_reverseiterator",
            (false, false) => "tuple_iterator",
            (false, true) => "reversed",
        }
    }
}

/// `str_ascii_iterator` / `str_iterator`, and `reversed` over a `str`: by code point. `front`
/// and `back` are byte offsets of the part not yet visited.
#[derive(Debug)]
struct StrIter {
    text: PyStr,
    front: usize,
    back: usize,
    reverse: bool,
}

impl PyIter for StrIter {
    fn next_item(&mut self) -> Result<Option<Value>, Fallback> {
        let rest = &self.text[self.front..self.back];
        let c = if self.reverse { rest.chars().next_back() } else { rest.chars().next() };
        let Some(c) = c else {
            return Ok(None);
        };
        if self.reverse {
            self.back -= c.len_utf8();
        } else {
            self.front += c.len_utf8();
        }
        let mut buf = [0u8; 4];
        Ok(Some(Value::str(c.encode_utf8(&mut buf))))
    }
    fn type_name(&self) -> &'static str {
        if self.reverse {
            "reversed"
        } else if self.text.is_ascii() {
            "str_ascii_iterator"
        } else {
            "str_iterator"
        }
    }
}

/// `range_iterator`: first item, step and length fixed when made.
#[derive(Debug)]
pub struct RangeIter {
    next: i128,
    step: i128,
    left: u64,
}

impl RangeIter {
    /// The next item, `None` when exhausted.
    #[inline]
    fn next_int(&mut self) -> Option<i64> {
        if self.left == 0 {
            return None;
        }
        let item = self.next as i64; // within the range's bounds, so within 64 bits
        self.next += self.step;
        self.left -= 1;
        Some(item)
    }
}

impl PyIter for RangeIter {
    fn next_item(&mut self) -> Result<Option<Value>, Fallback> {
        Ok(self.next_int().map(Value::Int))
    }
    fn type_name(&self) -> &'static str {
        "range_iterator"
    }
}

/// The dict iterators (keys, values, items; forward and reverse). Each step first checks that
/// the dict still has its size (CPython's `RuntimeError: dictionary changed size during
/// iteration`, on this and every later step); values are read when reached. A change that keeps
/// the size falls back: CPython's answer then depends on its table layout.
#[derive(Debug)]
struct DictIter {
    dict: Option<Rc<RefCell<Dict>>>,
    kind: ViewKind,
    reverse: bool,
    size: usize,
    layout: u64,
    pos: i64,
}

impl PyIter for DictIter {
    fn next_item(&mut self) -> Result<Option<Value>, Fallback> {
        let Some(d) = &self.dict else {
            return Ok(None);
        };
        let d = d.borrow();
        if d.len() != self.size {
            return fail("RuntimeError: dictionary changed size during iteration");
        }
        if d.layout() != self.layout {
            return fail("a dict changed its keys but not its size while iterated");
        }
        while self.pos >= 0 && (self.pos as usize) < d.slot_count() {
            let slot = d.slot(self.pos as usize);
            self.pos += if self.reverse { -1 } else { 1 };
            if let Some((k, v)) = slot {
                return Ok(Some(match self.kind {
                    ViewKind::Keys => k.clone(),
                    ViewKind::Values => v.clone(),
                    ViewKind::Items => Value::tuple(vec![k.clone(), v.clone()]),
                }));
            }
        }
        drop(d);
        self.dict = None;
        Ok(None)
    }
    fn type_name(&self) -> &'static str {
        match (self.reverse, self.kind) {
            (false, ViewKind::Keys) => "dict_keyiterator",
            (false, ViewKind::Values) => "dict_valueiterator",
            (false, ViewKind::Items) => "dict_itemiterator",
            (true, ViewKind::Keys) => "dict_reversekeyiterator",
            (true, ViewKind::Values) => "dict_reversevalueiterator",
            (true, ViewKind::Items) => "dict_reverseitemiterator",
        }
    }
}

/// `enumerate`: `(count, item)`; a count past 64 bits falls back.
#[derive(Debug)]
struct Enumerate {
    source: IterRef,
    count: i64,
}

impl PyIter for Enumerate {
    fn next_item(&mut self) -> Result<Option<Value>, Fallback> {
        item_of_step(self.step()?)
    }
    fn step(&mut self) -> Result<Step, Fallback> {
        let item = match step_of(&self.source)? {
            Step::Item(item) => item,
            other => return Ok(other),
        };
        let count = self.count;
        self.count = match count.checked_add(1) {
            Some(c) => c,
            None => return fail("enumerate count outside 64 bits"),
        };
        Ok(Step::Item(Value::tuple(vec![Value::Int(count), item])))
    }
    fn type_name(&self) -> &'static str {
        "enumerate"
    }
    fn calls_user(&self) -> bool {
        calls_user(&self.source)
    }
}

/// Step the `sources` one item each, into `taken` (kept across a pending call of a source, so
/// the step goes on with the next source): `Ok(None)` once every source gave its item, else the
/// end (the items taken are dropped, as CPython's `zip` and `map` drop them) or the call.
fn take_one_each(sources: &[IterRef], taken: &mut Vec<Value>) -> Result<Option<Step>, Fallback> {
    while taken.len() < sources.len() {
        match step_of(&sources[taken.len()])? {
            Step::Item(item) => taken.push(item),
            Step::Done => {
                taken.clear();
                return Ok(Some(Step::Done));
            }
            call => return Ok(Some(call)),
        }
    }
    Ok(None)
}

/// `zip`: one item of each source per step, stopping at the first exhausted source (the items
/// taken before it are lost); never marked exhausted, as CPython's.
#[derive(Debug)]
struct Zip {
    sources: Vec<IterRef>,
    /// The items of this step taken so far (while a source's call is pending).
    taken: Vec<Value>,
}

impl PyIter for Zip {
    fn next_item(&mut self) -> Result<Option<Value>, Fallback> {
        item_of_step(self.step()?)
    }
    fn step(&mut self) -> Result<Step, Fallback> {
        if self.sources.is_empty() {
            return Ok(Step::Done);
        }
        if let Some(other) = take_one_each(&self.sources, &mut self.taken)? {
            return Ok(other);
        }
        Ok(Step::Item(Value::tuple(std::mem::take(&mut self.taken))))
    }
    fn type_name(&self) -> &'static str {
        "zip"
    }
    fn calls_user(&self) -> bool {
        self.sources.iter().any(calls_user)
    }
}

/// `map`: one item of each source per step (stopping at the first exhausted source), then the
/// function called on them, lazily, when the item is pulled; never marked exhausted, as
/// CPython's. A builtin is called here; a user function is handed out as a pending call (see
/// [`PyIter::step`]); `print` (which writes to the call's context) and builtins the runtime does
/// not implement fall back when an item is pulled.
#[derive(Debug)]
struct MapIter {
    func: Value,
    sources: Vec<IterRef>,
    /// The items of this step taken so far (while a source's call is pending).
    taken: Vec<Value>,
    /// The call of `func` handed out and not yet answered.
    waiting: Waiting,
}

impl PyIter for MapIter {
    fn next_item(&mut self) -> Result<Option<Value>, Fallback> {
        item_of_step(self.step()?)
    }
    fn step(&mut self) -> Result<Step, Fallback> {
        if let Some(result) = answered(&mut self.waiting)? {
            return Ok(Step::Item(result));
        }
        if let Some(other) = take_one_each(&self.sources, &mut self.taken)? {
            return Ok(other);
        }
        let args = std::mem::take(&mut self.taken);
        if let Value::Function(_) = self.func {
            return Ok(ask(&self.func, args, &mut self.waiting));
        }
        Ok(Step::Item(call_function(&self.func, &args)?))
    }
    fn type_name(&self) -> &'static str {
        "map"
    }
    fn calls_user(&self) -> bool {
        matches!(self.func, Value::Function(_)) || self.sources.iter().any(calls_user)
    }
}

/// `filter`: the source's items for which the predicate is true; `None` and `bool` test the item
/// itself (as CPython does); other predicates are called as `map` calls its function (a user
/// function through a pending call, whose answer's truth decides).
#[derive(Debug)]
struct FilterIter {
    func: Value,
    source: IterRef,
    /// The item whose predicate call is pending.
    item: Option<Value>,
    /// That call, handed out and not yet answered.
    waiting: Waiting,
}

impl PyIter for FilterIter {
    fn next_item(&mut self) -> Result<Option<Value>, Fallback> {
        item_of_step(self.step()?)
    }
    fn step(&mut self) -> Result<Step, Fallback> {
        if let Some(result) = answered(&mut self.waiting)? {
            let Some(item) = self.item.take() else {
                return fail("filter() answered without an item");
            };
            if crate::truth::truthy(&result)? {
                return Ok(Step::Item(item));
            }
        }
        let check_true = matches!(self.func, Value::None | Value::Builtin(&"bool"));
        loop {
            let item = match step_of(&self.source)? {
                Step::Item(item) => item,
                other => return Ok(other),
            };
            let keep = if check_true {
                crate::truth::truthy(&item)?
            } else if let Value::Function(_) = self.func {
                self.item = Some(item.clone());
                return Ok(ask(&self.func, vec![item], &mut self.waiting));
            } else {
                crate::truth::truthy(&call_function(&self.func, std::slice::from_ref(&item))?)?
            };
            if keep {
                return Ok(Step::Item(item));
            }
        }
    }
    fn type_name(&self) -> &'static str {
        "filter"
    }
    fn calls_user(&self) -> bool {
        matches!(self.func, Value::Function(_)) || calls_user(&self.source)
    }
}

/// Call the builtin function of a `map` or `filter` on `args` (not `print`); a value that is not
/// callable falls back (CPython's `TypeError`), and so does a user function here.
fn call_function(func: &Value, args: &[Value]) -> PyResult {
    match func {
        Value::Builtin(name) => crate::builtins::call_positional(name, args),
        Value::BoundMethod(m) => crate::bound_method::call(m, args, &[]),
        Value::Function(_) => fail("map()/filter() calling a user function"),
        _ => fail("TypeError: object is not callable"),
    }
}

/// `set_iterator` over a set of at most one item (a larger set's order depends on hashes and
/// falls back when iterated): raises (falls back) when the set's size changed, and falls back
/// when its items changed without a size change (CPython then follows its table layout).
#[derive(Debug)]
struct SetIter {
    set: Rc<RefCell<Dict>>,
    items: Vec<Value>,
    size: usize,
    layout: u64,
    done: bool,
}

impl PyIter for SetIter {
    fn next_item(&mut self) -> Result<Option<Value>, Fallback> {
        if self.done {
            return Ok(None);
        }
        if self.set.borrow().len() != self.size {
            return fail("RuntimeError: Set changed size during iteration");
        }
        if self.set.borrow().layout() != self.layout {
            return fail("a set changed its items but not its size while iterated");
        }
        if self.items.is_empty() {
            self.done = true;
            return Ok(None);
        }
        Ok(Some(self.items.remove(0)))
    }
    fn type_name(&self) -> &'static str {
        "set_iterator"
    }
}

fn dict_iter(d: &Rc<RefCell<Dict>>, kind: ViewKind, reverse: bool) -> Value {
    let b = d.borrow();
    let pos = if reverse { b.slot_count() as i64 - 1 } else { 0 };
    iter_value(DictIter { dict: Some(d.clone()), kind, reverse, size: b.len(), layout: b.layout(), pos })
}

fn range_iter(start: i64, stop: i64, step: i64, reverse: bool) -> Value {
    let left = range_len(start, stop, step);
    let (first, step) = if reverse && left > 0 {
        (start as i128 + (left as i128 - 1) * step as i128, -(step as i128))
    } else {
        (start as i128, step as i128)
    };
    Value::Iter(Rc::new(RefCell::new(IterObj::Range(RangeIter { next: first, step, left }))))
}

/// A forward or reverse iterator over a list, tuple, str, range, dict or dict view.
fn sequence_iter(v: &Value, reverse: bool) -> Option<Value> {
    Some(match v {
        Value::List(l) => iter_value(SeqIter::new(Seq::List(l.clone()), reverse)),
        Value::Tuple(t) => iter_value(SeqIter::new(Seq::Tuple(t.clone()), reverse)),
        Value::Str(s) => iter_value(StrIter { text: s.clone(), front: 0, back: s.len(), reverse }),
        Value::Range(r) => range_iter(r.0, r.1, r.2, reverse),
        Value::Dict(d) => dict_iter(d, ViewKind::Keys, reverse),
        Value::DictView(d, kind) => dict_iter(d, *kind, reverse),
        _ => return None,
    })
}

/// `iter(v)`: a new iterator over a list, tuple, str, range, dict, dict view or a set of at most
/// one item; an iterator is returned as is. Anything else falls back (`TypeError`, or a set whose
/// order would show).
pub fn make_iter(v: &Value) -> PyResult {
    if let Some(it) = sequence_iter(v, false) {
        return Ok(it);
    }
    match v {
        Value::Set(s) => {
            let items = crate::set::ordered_items(s)?;
            let (size, layout) = (s.borrow().len(), s.borrow().layout());
            Ok(iter_value(SetIter { set: s.clone(), size, layout, items, done: false }))
        }
        Value::Iter(_) => Ok(v.clone()),
        _ => fail("TypeError: object is not iterable"),
    }
}

/// `reversed(v)` for a list, tuple, str, range, dict or dict view; anything else falls back.
pub fn make_reversed(v: &Value) -> PyResult {
    match sequence_iter(v, true) {
        Some(it) => Ok(it),
        None => fail("TypeError: object is not reversible"),
    }
}

fn source_of(v: &Value) -> Result<IterRef, Fallback> {
    match make_iter(v)? {
        Value::Iter(it) => Ok(it),
        _ => fail("iter() did not make an iterator"),
    }
}

/// `enumerate(iterable, start)`.
pub fn make_enumerate(v: &Value, start: i64) -> PyResult {
    Ok(iter_value(Enumerate { source: source_of(v)?, count: start }))
}

/// `zip(*iterables)` (no `strict=`).
pub fn make_zip(vs: &[Value]) -> PyResult {
    let sources = vs.iter().map(source_of).collect::<Result<Vec<_>, _>>()?;
    Ok(iter_value(Zip { sources, taken: Vec::new() }))
}

/// `map(func, *iterables)`: the iterables' iterators are made now (a non-iterable falls back);
/// `func` is called when items are pulled. Fewer than one iterable falls back (`TypeError`).
pub fn make_map(func: &Value, iterables: &[Value]) -> PyResult {
    if iterables.is_empty() {
        return fail("TypeError: map() must have at least two arguments.");
    }
    let sources = iterables.iter().map(source_of).collect::<Result<Vec<_>, _>>()?;
    Ok(iter_value(MapIter { func: func.clone(), sources, taken: Vec::new(), waiting: None }))
}

/// `filter(func_or_None, iterable)`.
pub fn make_filter(func: &Value, iterable: &Value) -> PyResult {
    Ok(iter_value(FilterIter { func: func.clone(), source: source_of(iterable)?, item: None, waiting: None }))
}

/// `next(it)` (`default` `None`: exhaustion raises `StopIteration`, which falls back) or
/// `next(it, default)`. A non-iterator falls back (`TypeError`).
#[inline]
pub fn next_value(it: &Value, default: Option<&Value>) -> PyResult {
    let Value::Iter(source) = it else {
        return fail("TypeError: object is not an iterator");
    };
    match (next_of(source)?, default) {
        (Some(item), _) => Ok(item),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => fail("StopIteration"),
    }
}

/// `*item = next(it, default)` (see `next_value`), assigning in place: a `range` iterator's next
/// `int` is written without building a `PyResult` (the head of every lowered `for` loop).
#[inline(always)]
pub fn next_assign(item: &mut Value, it: &Value, default: &Value) -> Result<(), Fallback> {
    if let Value::Iter(source) = it {
        if let Ok(mut obj) = source.try_borrow_mut() {
            if let IterObj::Range(r) = &mut *obj {
                if let Some(i) = r.next_int() {
                    drop(obj);
                    *item = Value::Int(i);
                    return Ok(());
                }
            }
        }
    }
    next_assign_slow(item, it, default)
}

#[inline(never)]
fn next_assign_slow(item: &mut Value, it: &Value, default: &Value) -> Result<(), Fallback> {
    *item = next_value(it, Some(default))?;
    Ok(())
}

/// The items an iterator has left, consuming it (`list(it)`); more than `max` falls back.
pub fn drain(it: &IterRef, max: u64) -> Result<Vec<Value>, Fallback> {
    let mut out = Vec::new();
    while let Some(item) = next_of(it)? {
        if out.len() as u64 >= max {
            return fail("iterator too long to materialise");
        }
        out.push(item);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repr::repr;

    fn all(it: &Value) -> String {
        let Value::Iter(s) = it else { panic!("not an iterator") };
        repr(&Value::list(drain(s, 1000).unwrap())).unwrap()
    }

    #[test]
    fn next_assign_is_next_with_a_default() {
        // python3: it = iter(range(2**63 - 2, 2**63 - 1)); [next(it, s) for _ in range(3)] with
        // a sentinel list s: the one int, then s itself (and s again after that).
        let sentinel = Value::list(vec![]);
        let it = crate::builtins::iter(&[Value::range(i64::MAX - 1, i64::MAX, 1)]).unwrap();
        let mut item = Value::Undefined;
        next_assign(&mut item, &it, &sentinel).unwrap();
        assert!(matches!(item, Value::Int(i) if i == i64::MAX - 1));
        next_assign(&mut item, &it, &sentinel).unwrap();
        assert!(matches!(&item, Value::List(l) if matches!(&sentinel, Value::List(s) if Rc::ptr_eq(l, s))));
        next_assign(&mut item, &it, &sentinel).unwrap();
        assert!(crate::compare::is_bool(&item, &sentinel).unwrap());
        // Other iterators go the general way: a list's items, then the sentinel.
        let it = crate::builtins::iter(&[Value::list(vec![Value::str("a")])]).unwrap();
        next_assign(&mut item, &it, &sentinel).unwrap();
        assert_eq!(repr(&item).unwrap(), "'a'");
        next_assign(&mut item, &it, &sentinel).unwrap();
        assert!(crate::compare::is_bool(&item, &sentinel).unwrap());
        // next() of a non-iterator raises TypeError: falls back.
        assert!(next_assign(&mut item, &Value::Int(1), &sentinel).is_err());
    }

    #[test]
    fn list_iterator_sees_appends_and_stays_exhausted() {
        let l = Value::list(vec![Value::Int(1)]);
        let it = make_iter(&l).unwrap();
        assert_eq!(repr(&next_value(&it, None).unwrap()).unwrap(), "1");
        if let Value::List(v) = &l {
            v.borrow_mut().push(Value::Int(2));
        }
        assert_eq!(repr(&next_value(&it, None).unwrap()).unwrap(), "2");
        assert!(next_value(&it, None).is_err()); // StopIteration
        if let Value::List(v) = &l {
            v.borrow_mut().push(Value::Int(3));
        }
        assert_eq!(repr(&next_value(&it, Some(&Value::None)).unwrap()).unwrap(), "None");
    }

    #[test]
    fn sources() {
        assert_eq!(all(&make_iter(&Value::str("aé€")).unwrap()), "['a', 'é', '€']");
        assert_eq!(all(&make_reversed(&Value::str("aé€")).unwrap()), "['€', 'é', 'a']");
        assert_eq!(all(&make_reversed(&Value::range(0, 10, 3)).unwrap()), "[9, 6, 3, 0]");
        assert_eq!(all(&make_iter(&Value::range(i64::MAX - 2, i64::MAX, 1)).unwrap()),
                   "[9223372036854775805, 9223372036854775806]");
        let t = Value::tuple(vec![Value::Int(1), Value::Int(2)]);
        assert_eq!(all(&make_reversed(&t).unwrap()), "[2, 1]");
        let e = make_enumerate(&t, -1).unwrap();
        assert_eq!(all(&e), "[(-1, 1), (0, 2)]");
        let z = make_zip(&[t.clone(), Value::str("ab"), Value::range(0, 5, 1)]).unwrap();
        assert_eq!(all(&z), "[(1, 'a', 0), (2, 'b', 1)]");
        assert_eq!(all(&make_zip(&[]).unwrap()), "[]");
        assert!(make_iter(&Value::Int(1)).is_err());
        assert!(make_reversed(&make_iter(&t).unwrap()).is_err());
    }

    fn strs(v: &[&str]) -> Value {
        Value::list(v.iter().map(|s| Value::str(s)).collect())
    }

    #[test]
    fn map_calls_builtins_lazily_and_stops_at_the_shortest() {
        let m = make_map(&Value::Builtin(&"int"), &[strs(&["1", " 2 ", "-3"])]).unwrap();
        assert_eq!(m.type_name(), "map");
        assert_eq!(all(&m), "[1, 2, -3]");
        assert_eq!(all(&m), "[]");
        let lens = make_map(&Value::Builtin(&"len"), &[strs(&["héllo", "", "€"])]).unwrap();
        assert_eq!(all(&lens), "[5, 0, 1]");
        let ints = Value::list(vec![Value::Int(2), Value::Int(3), Value::Int(4)]);
        let d = make_map(&Value::Builtin(&"divmod"), &[ints.clone(), Value::range(1, 3, 1)]).unwrap();
        assert_eq!(all(&d), "[(2, 0), (1, 1)]");
        // The error comes when the bad item is pulled, not when the map is made.
        let bad = make_map(&Value::Builtin(&"int"), &[strs(&["7", "x"])]).unwrap();
        assert_eq!(repr(&next_value(&bad, None).unwrap()).unwrap(), "7");
        assert!(next_value(&bad, None).is_err());
        assert!(make_map(&Value::Builtin(&"int"), &[]).is_err());
        assert!(make_map(&Value::Builtin(&"int"), &[Value::Int(1)]).is_err());
    }

    #[test]
    fn map_and_filter_fall_back_on_functions_they_cannot_call() {
        let xs = strs(&["a"]);
        let user = make_map(&Value::function("f@1:1"), std::slice::from_ref(&xs)).unwrap();
        assert!(next_value(&user, None).is_err());
        let print = make_map(&Value::Builtin(&"print"), std::slice::from_ref(&xs)).unwrap();
        assert!(next_value(&print, None).is_err());
        let not_callable = make_filter(&Value::Int(5), &xs).unwrap();
        assert!(next_value(&not_callable, None).is_err());
        // Nothing is called on an empty source.
        let empty = make_map(&Value::function("f@1:1"), &[Value::list(vec![])]).unwrap();
        assert_eq!(all(&empty), "[]");
    }

    /// Step `it` once, expecting a pending call; its arguments' repr.
    fn pending(it: &Value) -> PendingCall {
        let Value::Iter(s) = it else { panic!("not an iterator") };
        match step_of(s).unwrap() {
            Step::Call(c) => c,
            other => panic!("expected a call, got {:?}", other),
        }
    }

    fn stepped(it: &Value) -> String {
        let Value::Iter(s) = it else { panic!("not an iterator") };
        match step_of(s).unwrap() {
            Step::Item(v) => repr(&v).unwrap(),
            Step::Done => "done".to_string(),
            Step::Call(c) => format!("call {}", repr(&Value::tuple(c.args.clone())).unwrap()),
        }
    }

    #[test]
    fn user_maps_hand_out_calls_and_go_on_where_they_stopped() {
        let f = Value::function("f@1:1");
        let xs = Value::list(vec![Value::Int(1), Value::Int(2)]);
        let m = make_map(&f, &[xs.clone(), Value::str("ab")]).unwrap();
        let Value::Iter(ms) = &m else { unreachable!() };
        assert!(calls_user(ms));
        let c = pending(&m);
        assert_eq!(c.arity(), 2);
        assert_eq!(repr(&c.arg(1).unwrap()).unwrap(), "'a'");
        assert!(c.arg(2).is_err());
        assert!(matches!(c.func(), Value::Function(_)));
        c.answer(Value::Int(10));
        assert_eq!(stepped(&m), "10");
        // Stepping again before the answer (the function pulling its own map) falls back.
        let _unanswered = pending(&m);
        assert!(step_of(ms).is_err());
        // zip keeps the item of its first source while the second's call is pending.
        let z = make_zip(&[xs.clone(), make_map(&f, &[xs.clone()]).unwrap()]).unwrap();
        let Value::Iter(zs) = &z else { unreachable!() };
        assert!(calls_user(zs));
        pending(&z).answer(Value::str("one"));
        assert_eq!(stepped(&z), "(1, 'one')");
        pending(&z).answer(Value::None);
        assert_eq!(stepped(&z), "(2, None)");
        assert_eq!(stepped(&z), "done");
        // Pulled where no label can run the call (a plain builtin): fallback.
        assert!(next_value(&make_map(&f, &[xs.clone()]).unwrap(), None).is_err());
        // Builtin maps and plain iterators never ask.
        let b = make_map(&Value::Builtin(&"abs"), &[xs]).unwrap();
        let Value::Iter(bs) = &b else { unreachable!() };
        assert!(!calls_user(bs));
    }

    #[test]
    fn user_filters_keep_the_items_whose_answer_is_true() {
        let xs = Value::list(vec![Value::Int(1), Value::Int(2), Value::Int(3)]);
        let f = make_filter(&Value::function("p@1:1"), &xs).unwrap();
        let e = make_enumerate(&f, 5).unwrap();
        let c = pending(&e);
        assert_eq!(repr(&c.arg(0).unwrap()).unwrap(), "1");
        c.answer(Value::str(""));
        let c = pending(&e); // the false answer dropped item 1 and pulled item 2
        assert_eq!(repr(&c.arg(0).unwrap()).unwrap(), "2");
        c.answer(Value::list(vec![Value::None]));
        assert_eq!(stepped(&e), "(5, 2)");
        pending(&e).answer(Value::Bool(false));
        assert_eq!(stepped(&e), "done");
    }

    #[test]
    fn filter_tests_truthiness() {
        let xs = Value::list(vec![Value::Int(0), Value::Int(1), Value::str(""), Value::str("a"),
                                  Value::None, Value::list(vec![]), Value::Float(0.5)]);
        let f = make_filter(&Value::None, &xs).unwrap();
        assert_eq!(f.type_name(), "filter");
        assert_eq!(all(&f), "[1, 'a', 0.5]");
        assert_eq!(all(&make_filter(&Value::Builtin(&"bool"), &xs).unwrap()), "[1, 'a', 0.5]");
        let words = strs(&["", "ab", "ç"]);
        assert_eq!(all(&make_filter(&Value::Builtin(&"len"), &words).unwrap()), "['ab', 'ç']");
        assert!(make_filter(&Value::None, &Value::Int(3)).is_err());
    }

    #[test]
    fn dict_iterators_check_the_size() {
        let d = Value::dict();
        let Value::Dict(dd) = &d else { unreachable!() };
        for i in 0..3 {
            crate::dict::set_item(&mut dd.borrow_mut(), &Value::Int(i), Value::Int(i * 10)).unwrap();
        }
        let it = make_iter(&Value::DictView(dd.clone(), ViewKind::Values)).unwrap();
        assert_eq!(repr(&next_value(&it, None).unwrap()).unwrap(), "0");
        crate::dict::set_item(&mut dd.borrow_mut(), &Value::Int(1), Value::Int(99)).unwrap();
        assert_eq!(repr(&next_value(&it, None).unwrap()).unwrap(), "99");
        crate::dict::set_item(&mut dd.borrow_mut(), &Value::Int(7), Value::Int(7)).unwrap();
        assert!(next_value(&it, None).is_err());
        assert_eq!(all(&make_reversed(&d).unwrap()), "[7, 2, 1, 0]");
    }
}
