//! The arguments of a builtin or method call with `*iterable` or `**mapping` items
//! (`max(*xs)`, `print(*items, sep=',')`, `'{a}'.format(**d)`), flattened into positional
//! arguments and keywords as CPython 3.11's call sequence builds them. Every builtin and method
//! call with such items goes through [`Spread`] (generated code, `callback::CallbackCall`), and
//! then through the same dispatch as a call written with plain arguments
//! (`builtins::call_flat`, `methods::call_flat`).
//!
//! Generated code evaluates the call's items in source order and hands each over at once:
//!
//! ```text
//! let mut sp = spread::Spread::new();
//! sp.arg(a);            // a plain positional argument
//! sp.star(&xs)?;        // *xs, unpacked where it stands
//! sp.lone(ys);          // the lone *ys (the call's only positional item): unpacked by finish
//! sp.keyword("k", v)?;  // k=v
//! sp.star_star(&d)?;    // **d, merged where it stands
//! let (args, names) = sp.finish()?;
//! ```
//!
//! This is CPython's order: positional items left to right, a `*it` iterated when it is reached,
//! except a lone one, which `CALL_FUNCTION_EX` turns into a tuple after the keywords' values (so a
//! keyword value that changes that list is seen); the keywords left to right, a `**m` copied when
//! it is reached (`DICT_MERGE`). Where CPython raises a `TypeError` the call falls back, and the
//! interpreter raises it: a `*` operand that is not iterable, a `**` operand that is not a dict
//! (CPython accepts other mappings, which pyctl does not have), a keyword given twice ("got
//! multiple values for keyword argument"), and a key that is not a `str` ("keywords must be
//! strings"). An iterator whose items come from a user function (a `map` of one) falls back when
//! it is unpacked, and a set of two or more items (whose order would show) does too
//! (`sequence::items`).



use crate::value::PyStr;
use crate::builtins::Keyword;
use crate::fallback::{fail, Fallback};
use crate::iter::{self, PendingCall, Step};
use crate::sequence::{self, MAX_ITEMS};
use crate::value::Value;

/// The arguments of one call, as they are flattened (see the module comment).
#[derive(Debug, Default)]
pub struct Spread {
    args: Vec<Value>,
    lone: Option<Value>,
    names: Vec<(PyStr, Value)>,
    /// At a pulling point: the `*` operand being pulled by [`pull`](Spread::pull).
    source: Option<crate::iter::IterRef>,
}

impl Spread {
    /// No arguments yet.
    pub fn new() -> Spread {
        Spread::default()
    }

    /// A plain positional argument.
    pub fn arg(&mut self, v: Value) {
        self.args.push(v);
    }

    /// `*v` where it stands: the items of the iterable `v`, in order, taken now. Not iterable
    /// (`TypeError: Value after * must be an iterable`) falls back.
    pub fn star(&mut self, v: &Value) -> Result<(), Fallback> {
        let items = sequence::items(v)?;
        self.args.extend(items);
        Ok(())
    }

    /// `*v` at a pulling point (docs/trace-format.md, map and filter): as [`star`](Spread::star),
    /// except that an iterator that may call a user function (a map or filter of one, or a
    /// `zip`, `enumerate`, map or filter pulling from one) is left to [`pull`](Spread::pull),
    /// which the generated code calls next.
    pub fn star_pulled(&mut self, v: Value) -> Result<(), Fallback> {
        match v {
            Value::Iter(it) if iter::calls_user(&it) => {
                self.source = Some(it);
                Ok(())
            }
            v => self.star(&v),
        }
    }

    /// At a pulling point, the lone `*` operand kept by [`lone`](Spread::lone), unpacked now
    /// (after the keywords) as [`star_pulled`](Spread::star_pulled) unpacks.
    pub fn lone_pulled(&mut self) -> Result<(), Fallback> {
        match self.lone.take() {
            Some(v) => self.star_pulled(v),
            None => Ok(()),
        }
    }

    /// Pulls the operand [`star_pulled`](Spread::star_pulled) left until it is exhausted
    /// (`None`) or hands out a call of a user function: the generated code runs the call's
    /// `'pull` label, answers it, and pulls again. A map stepped again before its call was
    /// answered falls back (`iter.rs`).
    pub fn pull(&mut self) -> Result<Option<PendingCall>, Fallback> {
        while let Some(source) = &self.source {
            match iter::step_of(source)? {
                Step::Item(item) => {
                    if self.args.len() as u64 >= MAX_ITEMS {
                        return fail("iterator too long to materialise");
                    }
                    self.args.push(item);
                }
                Step::Done => self.source = None,
                Step::Call(call) => return Ok(Some(call)),
            }
        }
        Ok(None)
    }

    /// The lone `*v` of a call whose only positional item it is: kept, and unpacked by
    /// [`finish`](Spread::finish), after the keywords, as CPython does.
    pub fn lone(&mut self, v: Value) {
        self.lone = Some(v);
    }

    /// The keyword `name=v`; a name given twice falls back.
    pub fn keyword(&mut self, name: &str, v: Value) -> Result<(), Fallback> {
        self.add(PyStr::from(name), v)
    }

    /// `**m`: the items of the dict `m`, in its order, copied now. Not a dict, a key that is not
    /// a `str`, or a name already given fall back.
    pub fn star_star(&mut self, m: &Value) -> Result<(), Fallback> {
        let Value::Dict(d) = m else {
            return fail("TypeError: argument after ** must be a mapping");
        };
        let pairs: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in pairs {
            match k {
                Value::Str(name) => self.add(name, v)?,
                _ => return fail("TypeError: keywords must be strings"),
            }
        }
        Ok(())
    }

    fn add(&mut self, name: PyStr, v: Value) -> Result<(), Fallback> {
        if self.names.iter().any(|(n, _)| *n == name) {
            return fail("TypeError: got multiple values for keyword argument");
        }
        self.names.push((name, v));
        Ok(())
    }

    /// The positional arguments and the keywords (in merge order), the lone `*` operand unpacked
    /// now.
    pub fn finish(mut self) -> Result<(Vec<Value>, Names), Fallback> {
        if self.source.is_some() {
            return fail("a '*' operand finished before it was pulled");
        }
        if let Some(v) = self.lone.take() {
            self.args = sequence::items(&v)?;
        }
        Ok((self.args, Names(self.names)))
    }
}

/// The keywords of a flattened call, owning their names; [`Names::keywords`] lends them in the
/// form the builtins and methods take.
#[derive(Debug)]
pub struct Names(Vec<(PyStr, Value)>);

impl Names {
    /// The keywords as `(name, value)` pairs borrowing the names.
    pub fn keywords(&self) -> Vec<Keyword<'_>> {
        self.0.iter().map(|(n, v)| (&**n, v.clone())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::dict_display;
    use crate::repr::repr;

    fn r(v: &[Value]) -> String {
        repr(&Value::list(v.to_vec())).unwrap()
    }

    #[test]
    fn items_and_keywords_in_cpython_order() {
        // python3: def f(*a, **k): return a, k
        // f(0, *'añ', *range(2), *{'x': 1}, k=1, **{'z': 2, 'y': 3}) -> ((0, 'a', 'ñ', 0, 1, 'x'), {'k': 1, 'z': 2, 'y': 3})
        let mut sp = Spread::new();
        sp.arg(Value::Int(0));
        sp.star(&Value::str("añ")).unwrap();
        sp.star(&Value::range(0, 2, 1)).unwrap();
        sp.star(&dict_display(vec![(Value::str("x"), Value::Int(1))]).unwrap()).unwrap();
        sp.keyword("k", Value::Int(1)).unwrap();
        sp.star_star(&dict_display(vec![(Value::str("z"), Value::Int(2)), (Value::str("y"), Value::Int(3))]).unwrap()).unwrap();
        let (args, names) = sp.finish().unwrap();
        assert_eq!(r(&args), "[0, 'a', 'ñ', 0, 1, 'x']");
        let kws = names.keywords();
        assert_eq!(kws.iter().map(|(n, _)| *n).collect::<Vec<_>>(), ["k", "z", "y"]);
    }

    #[test]
    fn lone_star_is_unpacked_last() {
        // python3: xs = [1, 2]; print(*xs, sep=str(xs.pop()))  -> prints "1"
        let xs = Value::list(vec![Value::Int(1), Value::Int(2)]);
        let mut sp = Spread::new();
        sp.lone(xs.clone());
        if let Value::List(l) = &xs {
            l.borrow_mut().pop();
        }
        sp.keyword("sep", Value::str("2")).unwrap();
        let (args, _) = sp.finish().unwrap();
        assert_eq!(r(&args), "[1]");
    }

    #[test]
    fn cpython_type_errors_fall_back() {
        assert!(Spread::new().star(&Value::Int(1)).is_err());
        let mut sp = Spread::new();
        sp.lone(Value::None);
        assert!(sp.finish().is_err());
        assert!(Spread::new().star_star(&Value::list(vec![])).is_err());
        let bad_key = dict_display(vec![(Value::Int(1), Value::Int(2))]).unwrap();
        assert!(Spread::new().star_star(&bad_key).is_err());
        let d = dict_display(vec![(Value::str("sep"), Value::Int(2))]).unwrap();
        let mut sp = Spread::new();
        sp.keyword("sep", Value::Int(1)).unwrap();
        assert!(sp.star_star(&d).is_err());
        let mut sp = Spread::new();
        sp.star_star(&d).unwrap();
        assert!(sp.star_star(&d).is_err());
        // A set whose order would show.
        let s = crate::set::set_display(vec![Value::Int(1), Value::Int(2)]).unwrap();
        assert!(Spread::new().star(&s).is_err());
    }

    #[test]
    fn a_user_map_is_pulled_call_by_call() {
        // python3: def f(x): return x * 10
        //          print(*map(f, [1, 2]))  -> f(1), f(2), then print(10, 20)
        let m = crate::builtins::map(&[Value::function("f@1:1"), Value::list(vec![Value::Int(1), Value::Int(2)])]).unwrap();
        let mut sp = Spread::new();
        sp.arg(Value::Int(0));
        sp.star_pulled(m).unwrap();
        let mut seen = Vec::new();
        while let Some(call) = sp.pull().unwrap() {
            let x = call.arg(0).unwrap().as_int().unwrap();
            seen.push(x);
            call.answer(Value::Int(x * 10));
        }
        assert_eq!(seen, [1, 2]);
        let (args, _) = sp.finish().unwrap();
        assert_eq!(r(&args), "[0, 10, 20]");
        // A map of a builtin is unpacked at once.
        let mut sp = Spread::new();
        sp.lone(crate::builtins::map(&[Value::Builtin(&"abs"), Value::list(vec![Value::Int(-1)])]).unwrap());
        sp.lone_pulled().unwrap();
        assert!(sp.pull().unwrap().is_none());
        assert_eq!(r(&sp.finish().unwrap().0), "[1]");
    }
}
