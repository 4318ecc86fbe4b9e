//! Builtins that call back user functions: `sorted`, `min`, `max` and `list.sort` with a `key=`
//! that is a user function (the trace inlines the key function's calls in the call's `'cb`
//! label; docs/trace-format.md, Callbacks), and the *pulling points* that pull items from a `map`
//! or `filter` of a user function (its calls are inlined in the call's `'pull` label; map and
//! filter). Generated code cannot hand a label to the runtime, so the runtime hands the calls
//! out, one at a time and in CPython's order, and the generated code runs the label for each
//! and answers:
//!
//! ```text
//! let mut call = callback::CallbackCall::start(recv, name, args, kws)?;
//! loop {
//!     match call.step()? {
//!         Request::Done(v) => break v,
//!         Request::Key(item) => call.give_key(<'cb label with callbackArg 0 = item>)?,
//!         Request::Pull(p) => p.answer(<'pull label with callbackFn = p.func(),
//!                                                     callbackArg i = p.arg(i)>),
//!     }
//! }
//! ```
//! A call with no user key and no iterator that calls a user function is `Done` at once (the
//! builtin as usual). A pulling call steps the iterator (`iter.rs`), feeding each item to its
//! sink (`pull.rs`) and handing out the pending calls of maps and filters; `min` / `max` of one
//! iterable ask for each item's key right after pulling it, `sorted` after pulling them all.


use crate::builtins::{self, candidates, Keyword};
use crate::compare::{greater_than, less_than, sort_by_keys};
use crate::fallback::{fail, Fallback, PyResult};
use crate::iter::{self, PendingCall, Step};
use crate::methods;
use crate::pull::{self, Fed, Finished, Sink};
use crate::sequence;
use crate::value::Value;

/// What the generated code must do next for a [`CallbackCall`].
#[derive(Debug)]
pub enum Request {
    /// The call's result.
    Done(Value),
    /// Run the `'cb` label with `callbackArg 0` = this item and give the key to
    /// [`CallbackCall::give_key`].
    Key(Value),
    /// Run the `'pull` label for this call of a map's or filter's user function and
    /// [`PendingCall::answer`] it.
    Pull(PendingCall),
}

/// Where a [`CallbackCall`] is.
#[derive(Debug)]
enum State {
    /// Nothing run yet.
    Start,
    /// Pulling the items of argument 0 into a sink.
    Pulling(crate::iter::IterRef, Sink),
    /// Asking for the key of each item, in order (the next is `items[keys.len()]`).
    Keys { items: Vec<Value>, keys: Vec<Value> },
    /// The result, to hand out.
    Done(Value),
    /// The result was handed out.
    Finished,
}

/// A builtin or method call that may call back user functions (see the module comment).
#[derive(Debug)]
pub struct CallbackCall<'k> {
    recv: Option<Value>,
    name: &'static str,
    args: Vec<Value>,
    kws: Vec<Keyword<'k>>,
    state: State,
}

impl<'k> CallbackCall<'k> {
    /// The call of builtin (`recv` `None`) or method `name` with the evaluated arguments and
    /// keywords; nothing runs until [`step`](CallbackCall::step).
    pub fn start(recv: Option<&Value>, name: &'static str, args: Vec<Value>, kws: Vec<Keyword<'k>>) -> Result<CallbackCall<'k>, Fallback> {
        Ok(CallbackCall { recv: recv.cloned(), name, args, kws, state: State::Start })
    }

    /// Run until the result or the next user function call the generated code must run.
    pub fn step(&mut self) -> Result<Request, Fallback> {
        loop {
            match std::mem::replace(&mut self.state, State::Finished) {
                State::Start => self.state = self.begin()?,
                State::Pulling(source, mut sink) => match iter::step_of(&source)? {
                    Step::Item(item) => match sink.feed(item)? {
                        Fed::More => self.state = State::Pulling(source, sink),
                        Fed::Stop(v) => return Ok(Request::Done(v)),
                        Fed::Key(item) => {
                            self.state = State::Pulling(source, sink);
                            return Ok(Request::Key(item));
                        }
                    },
                    Step::Done => match sink.finish(&self.args)? {
                        Finished::Value(v) => return Ok(Request::Done(v)),
                        Finished::Call(recv, args) => {
                            if let Some(r) = recv {
                                self.recv = Some(r);
                            }
                            self.args = args;
                            self.state = self.keys_or_plain()?;
                        }
                    },
                    Step::Call(call) => {
                        self.state = State::Pulling(source, sink);
                        return Ok(Request::Pull(call));
                    }
                },
                State::Keys { items, keys } => {
                    if keys.len() < items.len() {
                        let item = items[keys.len()].clone();
                        self.state = State::Keys { items, keys };
                        return Ok(Request::Key(item));
                    }
                    let v = finish(self.recv.as_ref(), self.name, &self.args, &self.kws, items, keys)?;
                    return Ok(Request::Done(v));
                }
                State::Done(v) => return Ok(Request::Done(v)),
                State::Finished => return fail("a callback call stepped after its result"),
            }
        }
    }

    /// The key of the item the last [`Request::Key`] handed out.
    pub fn give_key(&mut self, key: Value) -> Result<(), Fallback> {
        match &mut self.state {
            State::Keys { keys, .. } => {
                keys.push(key);
                Ok(())
            }
            State::Pulling(_, sink) => sink.key(key),
            _ => fail("a key given where none was asked for"),
        }
    }

    /// The first state: pulling argument 0 when it is an iterator that calls user functions
    /// (or any iterator, for `min` / `max` with a user key, which CPython calls between two
    /// pulls) and the call is a sink; else keys or the call as usual.
    fn begin(&mut self) -> Result<State, Fallback> {
        let user_key = matches!(key_of(&self.kws), Some(Value::Function(_)));
        let min_max = self.recv.is_none() && matches!(self.name, "min" | "max") && self.args.len() == 1;
        if user_key && min_max && matches!(self.args[0], Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::DictView(..)) {
            // The key function may change the container: pull from a live iterator, as
            // CPython's min_max does (a list grows or shrinks under it; a dict or set that
            // changes size falls back where CPython raises).
            if let Value::Iter(it) = iter::make_iter(&self.args[0])? {
                if let Some(sink) = pull::sink(self.recv.as_ref(), self.name, &self.args, &self.kws)? {
                    return Ok(State::Pulling(it, sink));
                }
            }
        }
        if let Some(Value::Iter(it)) = self.args.first() {
            if iter::calls_user(it) || (user_key && min_max) {
                let it = it.clone();
                if let Some(sink) = pull::sink(self.recv.as_ref(), self.name, &self.args, &self.kws)? {
                    return Ok(State::Pulling(it, sink));
                }
            }
        }
        self.keys_or_plain()
    }

    /// Keys for a user `key=`, else the call as usual (its result).
    fn keys_or_plain(&mut self) -> Result<State, Fallback> {
        match items(self.recv.as_ref(), self.name, &self.args, &self.kws)? {
            Some(items) => Ok(State::Keys { keys: Vec::with_capacity(items.len()), items }),
            None => {
                let v = plain(self.recv.as_ref(), self.name, &self.args, &self.kws)?;
                Ok(State::Done(v))
            }
        }
    }
}

/// The `key=` keyword's value, if any.
fn key_of<'a>(kws: &'a [Keyword]) -> Option<&'a Value> {
    kws.iter().find(|(n, _)| *n == "key").map(|(_, v)| v)
}

/// The `reverse=` of a sort (an int or bool), and a check that only `key` and `reverse` appear.
fn sort_reverse(kws: &[Keyword]) -> Result<bool, crate::fallback::Fallback> {
    let mut reverse = false;
    for (name, value) in kws {
        match *name {
            "key" => {}
            "reverse" => match value.as_int() {
                // Argument Clinic reads it as a C int.
                Some(r) if i32::try_from(r).is_err() => return fail("OverflowError: Python int too large to convert to C int"),
                Some(r) => reverse = r != 0,
                None => return fail("TypeError: reverse must be an integer"),
            },
            _ => return fail("TypeError: unexpected keyword argument of sort"),
        }
    }
    Ok(reverse)
}

/// The items the key function will be called with, in order, when `key=` is a user function;
/// `None` otherwise (the call then runs as [`plain`]). `list.sort` empties the list until
/// [`finish`], as CPython does while it sorts (key functions see `[]`).
fn items(recv: Option<&Value>, name: &str, args: &[Value], kws: &[Keyword]) -> Result<Option<Vec<Value>>, crate::fallback::Fallback> {
    if !matches!(key_of(kws), Some(Value::Function(_))) {
        return Ok(None);
    }
    match (recv, name) {
        (None, "sorted") => {
            if args.len() != 1 {
                return fail("TypeError: sorted expected 1 argument");
            }
            sort_reverse(kws)?;
            Ok(Some(sequence::items(&args[0])?))
        }
        (None, "min" | "max") => {
            for (n, _) in kws {
                if *n != "key" && *n != "default" {
                    return fail("TypeError: unexpected keyword argument of min()/max()");
                }
            }
            if kws.iter().any(|(n, _)| *n == "default") && args.len() != 1 {
                return fail("TypeError: cannot specify a default with several positional arguments");
            }
            Ok(Some(candidates(args)?))
        }
        (Some(Value::List(l)), "sort") => {
            if !args.is_empty() {
                return fail("TypeError: sort() takes no positional arguments");
            }
            sort_reverse(kws)?;
            Ok(Some(std::mem::take(&mut *l.borrow_mut())))
        }
        _ => fail("callback call of an unexpected builtin or receiver"),
    }
}

/// The call without user functions, as the runtime runs it otherwise: the builtins that can
/// carry a `callback` or `pullCallback` label (others fall back) and every method.
fn plain(recv: Option<&Value>, name: &str, args: &[Value], kws: &[Keyword]) -> PyResult {
    match (recv, kws.is_empty()) {
        (None, true) if name != "print" => builtins::call_positional(name, args),
        (None, _) => builtins::call_kw(name, args, kws),
        (Some(r), _) => methods::call_flat(r, name, args, kws),
    }
}

/// The result once the key function gave `keys` (parallel to `items`): the sorted list, the
/// first smallest / largest item, or `None` for `list.sort` (which refills the list, falling
/// back when a key function added to it: CPython's "list modified during sort").
fn finish(recv: Option<&Value>, name: &str, _args: &[Value], kws: &[Keyword], mut items: Vec<Value>, mut keys: Vec<Value>) -> PyResult {
    match (recv, name) {
        (None, "sorted") => {
            sort_by_keys(&mut items, &mut keys, sort_reverse(kws)?)?;
            Ok(Value::list(items))
        }
        (None, "min" | "max") => {
            let mut best: Option<(Value, Value)> = None;
            for (item, key) in items.into_iter().zip(keys) {
                best = Some(match best {
                    None => (item, key),
                    Some((b, bk)) => {
                        let better = if name == "max" { greater_than(&key, &bk)? } else { less_than(&key, &bk)? };
                        if better { (item, key) } else { (b, bk) }
                    }
                });
            }
            match best {
                Some((item, _)) => Ok(item),
                None => match kws.iter().find(|(n, _)| *n == "default") {
                    Some((_, d)) => Ok(d.clone()),
                    None => fail("ValueError: min()/max() arg is an empty sequence"),
                },
            }
        }
        (Some(Value::List(l)), "sort") => {
            if !l.borrow().is_empty() {
                return fail("ValueError: list modified during sort");
            }
            sort_by_keys(&mut items, &mut keys, sort_reverse(kws)?)?;
            *l.borrow_mut() = items.into();
            Ok(Value::None)
        }
        _ => fail("callback call of an unexpected builtin or receiver"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> Value {
        Value::list(v.iter().map(|&i| Value::Int(i)).collect())
    }

    #[test]
    fn sort_takes_the_items_out_until_finish() {
        let xs = ints(&[3, 1, 2]);
        let f = Value::function("f@1:1");
        let kws = [("key", f), ("reverse", Value::Bool(true))];
        let items = items(Some(&xs), "sort", &[], &kws).unwrap().unwrap();
        assert_eq!(items.len(), 3);
        assert!(matches!(&xs, Value::List(l) if l.borrow().is_empty()));
        let keys = vec![Value::Int(0), Value::Int(0), Value::Int(1)];
        finish(Some(&xs), "sort", &[], &kws, items, keys).unwrap();
        // Stable and reversed: the item with key 1 first, then 3 and 1 in their order.
        assert_eq!(crate::repr::repr(&xs).unwrap(), "[2, 3, 1]");
    }

    #[test]
    fn builtin_keys_run_plainly() {
        let kws = [("key", Value::Builtin(&"abs"))];
        assert!(items(None, "sorted", &[ints(&[1])], &kws).unwrap().is_none());
        let got = plain(None, "max", &[ints(&[-5, 3])], &kws).unwrap();
        assert!(matches!(got, Value::Int(-5)));
    }

    /// Run `call`, answering pulls with `pull(args)` and keys with `key(item)`; the requests
    /// seen, in order, and the result.
    fn drive(mut call: CallbackCall, pull: impl Fn(&PendingCall) -> Value, key: impl Fn(&Value) -> Value) -> (Vec<String>, String) {
        let mut seen = Vec::new();
        loop {
            match call.step().unwrap() {
                Request::Done(v) => return (seen, crate::repr::repr(&v).unwrap()),
                Request::Key(item) => {
                    seen.push(format!("key {}", crate::repr::repr(&item).unwrap()));
                    call.give_key(key(&item)).unwrap();
                }
                Request::Pull(p) => {
                    seen.push(format!("pull {}", crate::repr::repr(&p.arg(0).unwrap()).unwrap()));
                    let v = pull(&p);
                    p.answer(v);
                }
            }
        }
    }

    fn user_map(xs: &[i64]) -> Value {
        crate::iter::make_map(&Value::function("f@1:1"), &[ints(xs)]).unwrap()
    }

    fn times_ten(p: &PendingCall) -> Value {
        crate::arith::op_mul(&p.arg(0).unwrap(), &Value::Int(10)).unwrap()
    }

    #[test]
    fn pulling_builtins_hand_out_the_map_calls() {
        let call = CallbackCall::start(None, "list", vec![user_map(&[1, 2])], vec![]).unwrap();
        let (seen, got) = drive(call, times_ten, |_| Value::None);
        assert_eq!(seen, ["pull 1", "pull 2"]);
        assert_eq!(got, "[10, 20]");
        // any stops at the first true item: 2 is never pulled.
        let call = CallbackCall::start(None, "any", vec![user_map(&[1, 2])], vec![]).unwrap();
        let (seen, got) = drive(call, times_ten, |_| Value::None);
        assert_eq!((seen.len(), got.as_str()), (1, "True"));
        // max with a user key: the key of each item right after pulling it.
        let kws = vec![("key", Value::function("k@1:1"))];
        let call = CallbackCall::start(None, "max", vec![user_map(&[3, 1])], kws).unwrap();
        let (seen, got) = drive(call, times_ten, |v| crate::arith::op_neg(v).unwrap());
        assert_eq!(seen, ["pull 3", "key 30", "pull 1", "key 10"]);
        assert_eq!(got, "10");
        // sorted with a user key: every pull, then every key.
        let kws = vec![("key", Value::function("k@1:1"))];
        let call = CallbackCall::start(None, "sorted", vec![user_map(&[3, 1])], kws).unwrap();
        let (seen, got) = drive(call, times_ten, |v| crate::arith::op_neg(v).unwrap());
        assert_eq!(seen, ["pull 3", "pull 1", "key 30", "key 10"]);
        assert_eq!(got, "[30, 10]");
        // list.extend appends each item as it comes.
        let out = ints(&[0]);
        let call = CallbackCall::start(Some(&out), "extend", vec![user_map(&[1, 2])], vec![]).unwrap();
        let seen_len = {
            let out = out.clone();
            move |_: &PendingCall| crate::sequence::len(&out).unwrap()
        };
        let (_, got) = drive(call, seen_len, |_| Value::None);
        assert_eq!(got, "None");
        assert_eq!(crate::repr::repr(&out).unwrap(), "[0, 1, 2]");
        // Without user functions the call runs as usual at once.
        let call = CallbackCall::start(None, "sum", vec![ints(&[1, 2])], vec![]).unwrap();
        assert_eq!(drive(call, times_ten, |_| Value::None), (vec![], "3".to_string()));
    }

    #[test]
    fn min_keeps_the_first_smallest_key() {
        let kws = [("key", Value::function("f@1:1"))];
        let xs = ints(&[4, 5, 6]);
        let items = items(None, "min", &[xs], &kws).unwrap().unwrap();
        let got = finish(None, "min", &[], &kws, items, vec![Value::Int(1), Value::Int(0), Value::Int(0)]).unwrap();
        assert!(matches!(got, Value::Int(5)));
        assert!(finish(None, "max", &[], &kws, vec![], vec![]).is_err());
    }
}
