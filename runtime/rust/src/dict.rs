//! `dict`: an insertion-ordered hash map with Python's key equality, and the dict operations.
//!
//! Keys are compared as CPython does: `1`, `1.0` and `True` are the same key (the key object
//! first inserted is the one kept), `-0.0` is the key `0`, and a tuple key is equal to another
//! tuple of equal keys. Hashable values that compiled code cannot compare by value (a NaN, which
//! only equals itself by identity; functions, builtins and ranges) and unhashable ones (`list`,
//! `dict`, views) make the operation fall back.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher};
use std::rc::Rc;

use crate::value::PyStr;
use crate::compare::item_eq;
use crate::fallback::{fail, Fallback, PyResult};
use crate::sequence;
use crate::value::{Value, ViewKind};

/// A dict key reduced to its equality class: equal Python keys give equal `Key`s.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    /// `None`.
    None,
    /// An `int`, a `bool`, or a `float` with an integral value that fits in 64 bits.
    Int(i64),
    /// Any other non-NaN `float`, by its bits (never `-0.0`, which is `Int(0)`).
    Float(u64),
    /// A `str`.
    Str(PyStr),
    /// A `tuple` of keys.
    Tuple(Rc<[Key]>),
}

/// Equal keys are the same variant, so the variant need not be hashed: an `int` key costs one
/// write to the (keyed, collision-resistant) hasher.
impl Hash for Key {
    fn hash<H: Hasher>(&self, h: &mut H) {
        match self {
            Key::None => h.write_u8(0),
            Key::Int(i) => h.write_i64(*i),
            Key::Float(bits) => h.write_u64(*bits),
            Key::Str(s) => {
                // Terminated, so that tuples of strings split differently hash differently.
                h.write(s.as_bytes());
                h.write_u8(0xff);
            }
            Key::Tuple(items) => {
                h.write_usize(items.len());
                for k in items.iter() {
                    k.hash(h);
                }
            }
        }
    }
}

/// How deeply tuple keys may nest before falling back.
const MAX_KEY_DEPTH: u32 = 100;

/// The key class of `v`; `Fallback` when `v` is unhashable (`TypeError` in CPython) or cannot be
/// compared by value.
#[inline]
pub fn key_of(v: &Value) -> Result<Key, Fallback> {
    match v {
        Value::Int(i) => Ok(Key::Int(*i)),
        Value::Str(s) => Ok(Key::Str(s.clone())),
        _ => key_at(v, 0),
    }
}

#[inline(never)]
fn key_at(v: &Value, depth: u32) -> Result<Key, Fallback> {
    if depth > MAX_KEY_DEPTH {
        return fail("dict key nested too deeply");
    }
    Ok(match v {
        Value::None => Key::None,
        Value::Bool(b) => Key::Int(*b as i64),
        Value::Int(i) => Key::Int(*i),
        Value::Float(f) => float_key(*f)?,
        Value::Str(s) => Key::Str(s.clone()),
        Value::Tuple(t) => {
            Key::Tuple(t.iter().map(|x| key_at(x, depth + 1)).collect::<Result<Rc<[Key]>, _>>()?)
        }
        Value::List(_) | Value::Dict(_) | Value::DictView(..) => {
            return fail("TypeError: unhashable type")
        }
        Value::Undefined => return fail("read of an unbound name"),
        _ => return fail("dict key compared by identity"),
    })
}

fn float_key(f: f64) -> Result<Key, Fallback> {
    if f.is_nan() {
        return fail("NaN dict key: equality depends on object identity");
    }
    // Every integral f64 in [-2**63, 2**63) is exactly an i64.
    if f.fract() == 0.0 && (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&f) {
        return Ok(Key::Int(f as i64));
    }
    Ok(Key::Float(f.to_bits()))
}

/// The hasher of the dict index: aHash with fixed seeds, so that every process hashes alike
/// (the order of a dict or set never depends on it: both keep insertion order in `slots`).
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyHasher;

impl BuildHasher for KeyHasher {
    type Hasher = ahash::AHasher;

    #[inline]
    fn build_hasher(&self) -> ahash::AHasher {
        ahash::RandomState::with_seeds(
            0x243f_6a88_85a3_08d3,
            0x1319_8a2e_0370_7344,
            0xa409_3822_299f_31d0,
            0x082e_fa98_ec4e_6c89,
        )
        .build_hasher()
    }
}

/// An insertion-ordered map from keys to values. Removed entries leave a hole in `slots` (so
/// removal is O(1)) until the slots are compacted.
#[derive(Clone, Debug, Default)]
pub struct Dict {
    /// Key class -> position in `slots`.
    index: HashMap<Key, usize, KeyHasher>,
    /// The entries in insertion order: (the key object as first inserted, the value).
    slots: Vec<Option<(Value, Value)>>,
    /// Changed whenever a key is added or removed (see `layout`).
    layout: u64,
}

/// Freed through `teardown::release` (CPython's trashcan), so that a dict nested a million levels
/// deep (`d = {"k": d}` in a loop) does not overflow the stack when dropped. Sets and dict views
/// are `Dict`s too.
impl Drop for Dict {
    fn drop(&mut self) {
        if !self.slots.is_empty() {
            crate::teardown::release(std::mem::take(&mut self.slots).into_iter().flatten().flat_map(|(k, v)| [k, v]));
        }
    }
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// The value stored under `key`.
    #[inline]
    pub fn get(&self, key: &Key) -> Option<&Value> {
        let slot = *self.index.get(key)?;
        self.slots[slot].as_ref().map(|(_, v)| v)
    }

    /// Whether `key` is present.
    #[inline]
    pub fn contains(&self, key: &Key) -> bool {
        self.index.contains_key(key)
    }

    /// `d[key] = value`: an existing entry keeps its place and its key object; a new one goes
    /// last. `key_value` is the Python key object (`key` is its class).
    pub fn insert(&mut self, key: Key, key_value: Value, value: Value) {
        self.insert_with(key, || key_value, value)
    }

    /// `insert`, making the key object only when the key is new (one hash lookup either way).
    #[inline]
    fn insert_with(&mut self, key: Key, key_value: impl FnOnce() -> Value, value: Value) {
        match self.index.entry(key) {
            Entry::Occupied(e) => {
                if let Some(entry) = self.slots[*e.get()].as_mut() {
                    entry.1 = value;
                }
            }
            Entry::Vacant(e) => {
                e.insert(self.slots.len());
                self.slots.push(Some((key_value(), value)));
                self.layout += 1;
            }
        }
    }

    /// Remove `key`; its key object and value.
    pub fn remove(&mut self, key: &Key) -> Option<(Value, Value)> {
        let slot = self.index.remove(key)?;
        let entry = self.slots[slot].take();
        self.layout += 1;
        if self.slots.len() > 16 && self.slots.len() > 2 * self.index.len() {
            self.compact();
        }
        entry
    }

    fn compact(&mut self) {
        self.slots.retain(Option::is_some);
        for (slot, entry) in self.slots.iter().enumerate() {
            if let Some((k, _)) = entry {
                // Every stored key object has a key class (it was computed on insertion).
                if let Ok(key) = key_of(k) {
                    self.index.insert(key, slot);
                }
            }
        }
    }

    /// Remove every entry.
    pub fn clear(&mut self) {
        self.index.clear();
        self.slots.clear();
        self.layout += 1;
    }

    /// A number that changes whenever a key is added or removed (not when the value of an
    /// existing key is replaced); slot positions stay valid while it is unchanged. Iterators use
    /// it to detect changes that keep the size.
    pub fn layout(&self) -> u64 {
        self.layout
    }

    /// The number of slots (entries and holes left by removed entries), in insertion order.
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// The entry at slot `i` (`None` for a hole).
    pub fn slot(&self, i: usize) -> Option<&(Value, Value)> {
        self.slots[i].as_ref()
    }

    /// The entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.slots.iter().flatten().map(|(k, v)| (k, v))
    }

    /// The key objects in insertion order.
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(k, _)| k.clone()).collect()
    }

    /// The values in insertion order.
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }

    /// The `(key, value)` tuples in insertion order.
    pub fn items(&self) -> Vec<Value> {
        self.iter().map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()])).collect()
    }

    /// Insert `(key, value)` pairs in order (later ones win), as `dict(pairs)` and `update`.
    pub fn insert_all(&mut self, pairs: Vec<(Value, Value)>) -> Result<(), Fallback> {
        for (k, v) in pairs {
            let key = key_of(&k)?;
            self.insert(key, k, v);
        }
        Ok(())
    }
}

/// A dict display `{k0: v0, k1: v1, ...}`: keys evaluated and inserted left to right.
pub fn dict_display(pairs: Vec<(Value, Value)>) -> PyResult {
    let mut d = Dict::new();
    d.insert_all(pairs)?;
    Ok(Value::from_dict(d))
}

/// One `key: value` entry of a dict display with a `**` item, inserted where it stands.
#[inline]
pub fn dict_display_insert(d: &mut Dict, key: Value, value: Value) -> Result<(), Fallback> {
    let hashed = key_of(&key)?;
    d.insert(hashed, key, value);
    Ok(())
}

/// A `**m` item of a dict display (CPython's DICT_UPDATE): `m`'s entries in its order, later
/// ones replacing the values of equal keys. Only a dict is merged; another value falls back
/// (CPython's `TypeError: 'int' object is not a mapping`, or a mapping the runtime lacks).
pub fn dict_display_merge(d: &mut Dict, m: &Value) -> Result<(), Fallback> {
    if !matches!(m, Value::Dict(_)) {
        return fail("TypeError: '**' of a value that is not a dict");
    }
    d.insert_all(pairs_of(m)?)
}

/// `d[key]`; a missing key falls back (`KeyError`).
#[inline]
pub fn get_item(d: &Dict, key: &Value) -> PyResult {
    match d.get(&key_of(key)?) {
        Some(v) => Ok(v.clone()),
        None => fail("KeyError"),
    }
}

/// `d[key] = value`.
#[inline]
pub fn set_item(d: &mut Dict, key: &Value, value: Value) -> Result<(), Fallback> {
    let k = key_of(key)?;
    d.insert_with(k, || key.clone(), value);
    Ok(())
}

/// `item in d`, and `item in view` for each kind of view.
pub fn contains(d: &Dict, kind: ViewKind, item: &Value) -> Result<bool, Fallback> {
    match kind {
        ViewKind::Keys => Ok(d.contains(&key_of(item)?)),
        ViewKind::Values => {
            for (_, v) in d.iter() {
                if item_eq(v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        ViewKind::Items => {
            // CPython: anything but a 2-tuple is simply not there.
            let Value::Tuple(pair) = item else {
                return Ok(false);
            };
            if pair.len() != 2 {
                return Ok(false);
            }
            match d.get(&key_of(&pair[0])?) {
                Some(v) => item_eq(v, &pair[1]),
                None => Ok(false),
            }
        }
    }
}

/// The `(key, value)` pairs of the argument of `dict(x)` / `d.update(x)`: the entries of a dict,
/// or the items of an iterable of 2-item iterables (another length falls back, `ValueError`).
pub fn pairs_of(v: &Value) -> Result<Vec<(Value, Value)>, Fallback> {
    if let Value::Dict(d) = v {
        return Ok(d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect());
    }
    let mut pairs = Vec::new();
    for item in sequence::items(v)? {
        if !matches!(item, Value::List(_) | Value::Tuple(_)) {
            return fail("dict update sequence element is not a list or tuple");
        }
        let [k, v] = sequence::unpack_n::<2>(&item)?;
        pairs.push((k, v));
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    #[test]
    fn numeric_keys_are_one_key() {
        let mut d = Dict::new();
        set_item(&mut d, &Value::Int(1), s("int")).unwrap();
        set_item(&mut d, &Value::Float(1.0), s("float")).unwrap();
        set_item(&mut d, &Value::Bool(true), s("bool")).unwrap();
        assert_eq!(d.len(), 1);
        // The first key object stays; the last value wins.
        let (k, v) = d.iter().next().unwrap();
        assert!(matches!(k, Value::Int(1)));
        assert!(matches!(v, Value::Str(x) if &**x == "bool"));
        set_item(&mut d, &Value::Float(-0.0), s("zero")).unwrap();
        assert!(matches!(get_item(&d, &Value::Bool(false)), Ok(Value::Str(_))));
        assert!(matches!(get_item(&d, &Value::Int(0)), Ok(Value::Str(_))));
        assert!(get_item(&d, &Value::Float(0.5)).is_err());
        let big = Value::Float(1e300);
        set_item(&mut d, &big, Value::None).unwrap();
        assert!(get_item(&d, &Value::Float(1e300)).is_ok());
    }

    #[test]
    fn unhashable_and_identity_keys_fall_back() {
        let mut d = Dict::new();
        assert!(set_item(&mut d, &Value::list(vec![]), Value::None).is_err());
        assert!(set_item(&mut d, &Value::Float(f64::NAN), Value::None).is_err());
        assert!(set_item(&mut d, &Value::tuple(vec![Value::list(vec![])]), Value::None).is_err());
        assert!(set_item(&mut d, &Value::tuple(vec![Value::Int(1), s("a")]), Value::None).is_ok());
        assert!(d.contains(&key_of(&Value::tuple(vec![Value::Float(1.0), s("a")])).unwrap()));
        assert!(set_item(&mut d, &Value::function("f@1:1"), Value::None).is_err());
    }

    #[test]
    fn order_survives_removal_and_compaction() {
        let mut d = Dict::new();
        for i in 0..100 {
            set_item(&mut d, &Value::Int(i), Value::Int(i * i)).unwrap();
        }
        for i in 0..90 {
            assert!(d.remove(&Key::Int(i)).is_some());
        }
        set_item(&mut d, &Value::Int(5), Value::Int(-5)).unwrap();
        let keys: Vec<i64> = d.keys().iter().map(|k| k.as_int().unwrap()).collect();
        assert_eq!(keys, vec![90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 5]);
        assert!(matches!(get_item(&d, &Value::Int(99)), Ok(Value::Int(9801))));
        assert!(d.remove(&Key::Int(0)).is_none());
    }

    #[test]
    fn views_membership() {
        let mut d = Dict::new();
        set_item(&mut d, &s("a"), Value::Int(1)).unwrap();
        assert!(contains(&d, ViewKind::Keys, &s("a")).unwrap());
        assert!(contains(&d, ViewKind::Values, &Value::Float(1.0)).unwrap());
        let pair = Value::tuple(vec![s("a"), Value::Bool(true)]);
        assert!(contains(&d, ViewKind::Items, &pair).unwrap());
        assert!(!contains(&d, ViewKind::Items, &Value::list(vec![s("a"), Value::Int(1)])).unwrap());
        assert!(contains(&d, ViewKind::Keys, &Value::list(vec![])).is_err());
    }
}
