//! `hash(x)` where CPython 3.11's hash is the same in every process: `int` (reduced modulo
//! 2**61 - 1, with -1 made -2), `bool`, `float` other than NaN (`_Py_HashDouble`) and tuples of
//! those (`tuplehash`, xxHash lanes). Every other value falls back: a `str` (randomised per
//! process), `None` (address-based in 3.11), a NaN (its hash is its identity's), and the
//! unhashable types (CPython's `TypeError`); so do `int`s past 64 bits, which the runtime does
//! not hold.

use crate::fallback::{fail, Fallback};
use crate::value::Value;

const MODULUS: u64 = (1 << 61) - 1;

/// CPython's `long_hash` of an `int` that fits in 64 bits.
fn hash_int(i: i64) -> i64 {
    let h = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp(x)` for a finite, non-zero `x`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale into the normal range first
        let (m, e) = frexp(x * f64::powi(2.0, 54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython's `_Py_HashDouble` for a value that is not NaN.
fn hash_double(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v == 0.0 {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (61 - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) } as u32;
    x = ((x << e) & MODULUS) | x >> (61 - e);
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of `v`, or `Fallback` where it is not the same in every process or CPython
/// raises.
pub fn hash_value(v: &Value) -> Result<i64, Fallback> {
    match v {
        Value::Bool(b) => Ok(*b as i64),
        Value::Int(i) => Ok(hash_int(*i)),
        Value::Float(f) if f.is_nan() => fail("hash of a float NaN depends on object identity"),
        Value::Float(f) => Ok(hash_double(*f)),
        Value::Tuple(items) => {
            const PRIME1: u64 = 11400714785074694791;
            const PRIME2: u64 = 14029467366897019727;
            const PRIME5: u64 = 2870177450012600261;
            let mut acc = PRIME5;
            for item in items.iter() {
                let lane = hash_value(item)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(PRIME2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(PRIME1);
            }
            acc = acc.wrapping_add(items.len() as u64 ^ (PRIME5 ^ 3527539));
            Ok(if acc == u64::MAX { 1546275796 } else { acc as i64 })
        }
        _ => fail("hash() of a value whose hash varies between processes, or unhashable"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(v: Value) -> i64 {
        hash_value(&v).unwrap()
    }

    #[test]
    fn ints_and_bools() {
        // python3.11 -c "print(hash(-1), hash(2**61-1), hash(2**61), hash(-2**61), hash(True))"
        assert_eq!(h(Value::Int(-1)), -2);
        assert_eq!(h(Value::Int((1 << 61) - 1)), 0);
        assert_eq!(h(Value::Int(1 << 61)), 1);
        assert_eq!(h(Value::Int(-(1 << 61))), -2);
        assert_eq!(h(Value::Int(i64::MIN)), -4);
        assert_eq!(h(Value::Bool(true)), 1);
        assert_eq!(h(Value::Int(0)), 0);
    }

    #[test]
    fn floats() {
        // python3.11 -c "print(hash(1.5), hash(float('inf')), hash(-0.0), hash(0.1), hash(5e-324), hash(1e300))"
        assert_eq!(h(Value::Float(1.5)), 1152921504606846977);
        assert_eq!(h(Value::Float(f64::INFINITY)), 314159);
        assert_eq!(h(Value::Float(f64::NEG_INFINITY)), -314159);
        assert_eq!(h(Value::Float(-0.0)), 0);
        assert_eq!(h(Value::Float(0.1)), 230584300921369408);
        assert_eq!(h(Value::Float(5e-324)), 16777216);
        assert_eq!(h(Value::Float(1e300)), 1224995262755759164);
        assert_eq!(h(Value::Float(-1.0)), -2);
        assert_eq!(h(Value::Float(2.0)), 2);
        assert!(hash_value(&Value::Float(f64::NAN)).is_err());
    }

    #[test]
    fn tuples_and_refusals() {
        // python3.11 -c "print(hash((1, 2)), hash(()), hash((1, (2.5, True))))"
        assert_eq!(h(Value::tuple(vec![Value::Int(1), Value::Int(2)])), -3550055125485641917);
        assert_eq!(h(Value::tuple(vec![])), 5740354900026072187);
        let inner = Value::tuple(vec![Value::Float(2.5), Value::Bool(true)]);
        assert_eq!(h(Value::tuple(vec![Value::Int(1), inner])), 8211949669649142798);
        assert!(hash_value(&Value::string("a".to_string())).is_err());
        assert!(hash_value(&Value::None).is_err());
        assert!(hash_value(&Value::tuple(vec![Value::Int(1), Value::None])).is_err());
    }
}
