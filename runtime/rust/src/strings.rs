//! `str` methods with CPython 3.11's semantics. Indices and lengths count code points.
//!
//! Character classes follow Python's Unicode 14.0 data: whitespace (`split()`, `strip()`) is the
//! exact set `str.isspace()` accepts; the other predicates (`isdigit`, `isalpha`, `isupper`, ...)
//! use tables generated from Python 3.11 (`unicode_class`), and case mapping of non-ASCII text
//! uses `unicode_case`.

use crate::fallback::{fail, Fallback, PyResult};
use crate::sequence::{self, char_count, MAX_ITEMS};
use crate::unicode_case;
use crate::unicode_class;
use crate::unicode_printable::in_ranges;
use crate::value::Value;

/// Python's `str.isspace()` for one character (Unicode 14.0: bidirectional classes WS, B, S and
/// category Zs).
#[inline]
pub fn is_space(c: char) -> bool {
    match c as u32 {
        0x09..=0x0d | 0x1c..=0x20 => true,
        0..=0x84 => false,
        0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000 => true,
        _ => false,
    }
}

/// The receiver as a `&str` (the method dispatch checked it is a `str`).
fn text(v: &Value) -> Result<&str, Fallback> {
    match v {
        Value::Str(s) => Ok(s),
        _ => fail("TypeError: expected a str"),
    }
}

/// An optional argument that may also be passed as `None`.
fn opt(args: &[Value], i: usize) -> Option<&Value> {
    match args.get(i) {
        None | Some(Value::None) => None,
        Some(v) => Some(v),
    }
}

/// An optional `int` argument (`None` = absent).
fn opt_int(args: &[Value], i: usize) -> Result<Option<i64>, Fallback> {
    match opt(args, i) {
        None => Ok(None),
        Some(v) => match v.as_int() {
            Some(n) => Ok(Some(n)),
            None => fail("TypeError: an integer is required"),
        },
    }
}

fn arity(args: &[Value], min: usize, max: usize) -> Result<(), Fallback> {
    if args.len() < min || args.len() > max {
        return fail("TypeError: wrong number of arguments to a str method");
    }
    Ok(())
}

/// Byte offset of code point `cp` (at most the number of code points) in `s`.
fn byte_at(s: &str, cp: usize) -> usize {
    if s.is_ascii() {
        return cp;
    }
    s.char_indices().nth(cp).map_or(s.len(), |(b, _)| b)
}

/// Code point index of byte offset `b` (a char boundary) in `s`.
fn cp_at(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s[..b].chars().count()
    }
}

/// CPython's `ADJUST_INDICES`: `start`/`end` arguments (`None` = absent) clamped to `[0, len]`
/// style bounds; `start` may end up past `end` or past `len`.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i128, i128) {
    let len = len as i128;
    let mut end = end.map_or(len, |e| e as i128);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.map_or(0, |s| s as i128);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// `s.split()` / `s.split(sep)` / `s.split(sep, maxsplit)`.
pub fn split(recv: &Value, args: &[Value]) -> PyResult {
    split_impl(recv, args, false)
}

/// `s.rsplit(...)`, as `split` but from the right.
pub fn rsplit(recv: &Value, args: &[Value]) -> PyResult {
    split_impl(recv, args, true)
}

fn split_impl(recv: &Value, args: &[Value], from_right: bool) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 2)?;
    // maxsplit must be an int (unlike sep, it cannot be None).
    let max = match args.get(1) {
        None => u64::MAX,
        Some(v) => match v.as_int() {
            Some(n) if n >= 0 => n as u64,
            Some(_) => u64::MAX,
            None => return fail("TypeError: maxsplit must be an integer"),
        },
    };
    let parts: Vec<&str> = match opt(args, 0) {
        None => split_whitespace(s, max, from_right),
        Some(Value::Str(sep)) => {
            if sep.is_empty() {
                return fail("ValueError: empty separator");
            }
            let n = usize::try_from(max.saturating_add(1)).unwrap_or(usize::MAX);
            if from_right {
                let mut p: Vec<&str> = s.rsplitn(n, &**sep).collect();
                p.reverse();
                p
            } else {
                s.splitn(n, &**sep).collect()
            }
        }
        Some(_) => return fail("TypeError: must be str or None"),
    };
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

/// CPython's `split_whitespace` / `rsplit_whitespace`: runs of whitespace separate the words,
/// at most `max` splits; the rest (stripped on the splitting side) is the last word.
fn split_whitespace(s: &str, max: u64, from_right: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut left = max;
    if !from_right {
        let mut rest = s;
        loop {
            rest = rest.trim_start_matches(is_space);
            if rest.is_empty() {
                break;
            }
            if left == 0 {
                out.push(rest);
                break;
            }
            left -= 1;
            let end = rest.find(is_space).unwrap_or(rest.len());
            out.push(&rest[..end]);
            rest = &rest[end..];
        }
    } else {
        let mut rest = s;
        loop {
            rest = rest.trim_end_matches(is_space);
            if rest.is_empty() {
                break;
            }
            if left == 0 {
                out.push(rest);
                break;
            }
            left -= 1;
            let start = rest.rfind(is_space).map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
            out.push(&rest[start..]);
            rest = &rest[..start];
        }
        out.reverse();
    }
    out
}

/// `sep.join(iterable)`: every item must be a `str`.
pub fn join(recv: &Value, args: &[Value]) -> PyResult {
    let sep = text(recv)?;
    arity(args, 1, 1)?;
    let items = sequence::items(&args[0])?;
    let mut total = sep.len() as u64 * items.len().saturating_sub(1) as u64;
    for item in &items {
        match item {
            Value::Str(x) => total += x.len() as u64,
            _ => return fail("TypeError: sequence item: expected str instance"),
        }
    }
    if total > MAX_ITEMS {
        return fail("joined string too large");
    }
    let mut out = String::with_capacity(total as usize);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Value::Str(x) = item {
            out.push_str(x);
        }
    }
    Ok(Value::string(out))
}

#[derive(Clone, Copy)]
enum Side {
    Both,
    Left,
    Right,
}

fn strip_impl(recv: &Value, args: &[Value], side: Side) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 1)?;
    let out = match opt(args, 0) {
        None => match side {
            Side::Both => s.trim_matches(is_space),
            Side::Left => s.trim_start_matches(is_space),
            Side::Right => s.trim_end_matches(is_space),
        },
        Some(Value::Str(chars)) => {
            let set: Vec<char> = chars.chars().collect();
            let p = |c: char| set.contains(&c);
            match side {
                Side::Both => s.trim_matches(p),
                Side::Left => s.trim_start_matches(p),
                Side::Right => s.trim_end_matches(p),
            }
        }
        Some(_) => return fail("TypeError: strip arg must be None or str"),
    };
    if out.len() == s.len() {
        return Ok(recv.clone());
    }
    Ok(Value::str(out))
}

/// `s.strip()` / `s.strip(chars)`.
pub fn strip(recv: &Value, args: &[Value]) -> PyResult {
    strip_impl(recv, args, Side::Both)
}

/// `s.lstrip()` / `s.lstrip(chars)`.
pub fn lstrip(recv: &Value, args: &[Value]) -> PyResult {
    strip_impl(recv, args, Side::Left)
}

/// `s.rstrip()` / `s.rstrip(chars)`.
pub fn rstrip(recv: &Value, args: &[Value]) -> PyResult {
    strip_impl(recv, args, Side::Right)
}

/// `s.lower()`: full Unicode lowercase mapping (Python 3.11's tables), a capital sigma by its
/// context (`case_convert`).
pub fn lower(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 0)?;
    if s.is_ascii() {
        return Ok(Value::string(s.to_ascii_lowercase()));
    }
    Ok(Value::string(crate::case_convert::lower(s)))
}

/// `s.upper()`: full Unicode uppercase mapping (Python 3.11's tables).
pub fn upper(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 0)?;
    if s.is_ascii() {
        return Ok(Value::string(s.to_ascii_uppercase()));
    }
    Ok(Value::string(unicode_case::upper(s)?))
}

/// `s.replace(old, new)` / `s.replace(old, new, count)` (a negative count replaces all).
pub fn replace(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 2, 3)?;
    let (Value::Str(old), Value::Str(new)) = (&args[0], &args[1]) else {
        return fail("TypeError: replace() arguments must be str");
    };
    let count = match args.get(2) {
        None => -1,
        Some(v) => v.as_int().ok_or(crate::fallback::fallback("TypeError: count must be an int"))?,
    };
    let matches = if old.is_empty() { char_count(s) as u64 + 1 } else { s.matches(&**old).count() as u64 };
    let n = if count < 0 { matches } else { matches.min(count as u64) };
    if n == 0 {
        return Ok(recv.clone());
    }
    let size = (s.len() as u64).saturating_add(n.saturating_mul(new.len() as u64));
    if size > MAX_ITEMS {
        return fail("replaced string too large");
    }
    Ok(Value::string(s.replacen(&**old, new, n as usize)))
}

/// The prefixes/suffixes argument of `startswith`/`endswith`: a `str` or a tuple of `str`.
fn affixes(v: &Value) -> Result<Vec<&str>, Fallback> {
    match v {
        Value::Str(p) => Ok(vec![p]),
        Value::Tuple(t) => t
            .iter()
            .map(|p| match p {
                Value::Str(p) => Ok(&**p),
                _ => fail("TypeError: tuple for startswith must only contain str"),
            })
            .collect(),
        _ => fail("TypeError: startswith first arg must be str or a tuple of str"),
    }
}

/// CPython's `tailmatch`: whether `s[start:end]` starts (or ends) with `affix`.
fn tail_match(s: &str, affix: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let len = char_count(s);
    let (start, end) = adjust(start, end, len);
    let alen = char_count(affix) as i128;
    if end - alen < start {
        return false;
    }
    if alen == 0 {
        return true;
    }
    let (a, b) = (byte_at(s, start as usize), byte_at(s, end as usize));
    let window = &s[a..b];
    if at_end {
        window.ends_with(affix)
    } else {
        window.starts_with(affix)
    }
}

fn affix_impl(recv: &Value, args: &[Value], at_end: bool) -> PyResult {
    let s = text(recv)?;
    arity(args, 1, 3)?;
    let (start, end) = (opt_int(args, 1)?, opt_int(args, 2)?);
    let found = affixes(&args[0])?.iter().any(|a| tail_match(s, a, start, end, at_end));
    Ok(Value::Bool(found))
}

/// `s.startswith(prefix[, start[, end]])`, `prefix` a `str` or a tuple of `str`.
pub fn startswith(recv: &Value, args: &[Value]) -> PyResult {
    affix_impl(recv, args, false)
}

/// `s.endswith(suffix[, start[, end]])`.
pub fn endswith(recv: &Value, args: &[Value]) -> PyResult {
    affix_impl(recv, args, true)
}

/// A substring and the byte range of the window it is searched in (`None`: the window is shorter
/// than the substring, or starts past its end).
type Window<'a> = (&'a str, Option<(usize, usize)>);

/// The `sub[, start[, end]]` arguments of `find`/`count`/...
fn window<'a>(s: &'a str, args: &'a [Value]) -> Result<Window<'a>, Fallback> {
    arity(args, 1, 3)?;
    let Value::Str(sub) = &args[0] else {
        return fail("TypeError: must be str");
    };
    let (start, end) = adjust(opt_int(args, 1)?, opt_int(args, 2)?, char_count(s));
    if end - start < char_count(sub) as i128 {
        return Ok((sub, None));
    }
    Ok((sub, Some((byte_at(s, start as usize), byte_at(s, end as usize)))))
}

/// The code point index of the first (or last) `sub` in `s[start:end]`, or -1.
fn find_impl(s: &str, args: &[Value], last: bool) -> Result<i64, Fallback> {
    let (sub, Some((a, b))) = window(s, args)? else {
        return Ok(-1);
    };
    let w = &s[a..b];
    let pos = if last { w.rfind(sub) } else { w.find(sub) };
    Ok(match pos {
        Some(p) => cp_at(s, a + p) as i64,
        None => -1,
    })
}

/// `s.find(sub[, start[, end]])`.
pub fn find(recv: &Value, args: &[Value]) -> PyResult {
    Ok(Value::Int(find_impl(text(recv)?, args, false)?))
}

/// `s.rfind(sub[, start[, end]])`.
pub fn rfind(recv: &Value, args: &[Value]) -> PyResult {
    Ok(Value::Int(find_impl(text(recv)?, args, true)?))
}

/// `s.index(sub[, start[, end]])`: as `find`, but not found falls back (`ValueError`).
pub fn index(recv: &Value, args: &[Value]) -> PyResult {
    match find_impl(text(recv)?, args, false)? {
        -1 => fail("ValueError: substring not found"),
        i => Ok(Value::Int(i)),
    }
}

/// `s.rindex(sub[, start[, end]])`.
pub fn rindex(recv: &Value, args: &[Value]) -> PyResult {
    match find_impl(text(recv)?, args, true)? {
        -1 => fail("ValueError: substring not found"),
        i => Ok(Value::Int(i)),
    }
}

/// `s.count(sub[, start[, end]])`: non-overlapping occurrences; the empty string occurs once per
/// position, ends included.
pub fn count(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    let (sub, Some((a, b))) = window(s, args)? else {
        return Ok(Value::Int(0));
    };
    let w = &s[a..b];
    let n = if sub.is_empty() { char_count(w) + 1 } else { w.matches(sub).count() };
    Ok(Value::Int(n as i64))
}

/// A character predicate over the whole string: false for `""`. The Unicode classes are
/// CPython 3.11's (`unicode_class`, generated from its `str` predicates).
fn all_chars(recv: &Value, args: &[Value], pred: fn(char) -> bool) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 0)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(pred)))
}

/// `s.isdigit()`: every character has Numeric_Type Digit or Decimal.
pub fn isdigit(recv: &Value, args: &[Value]) -> PyResult {
    all_chars(recv, args, |c| in_ranges(unicode_class::DIGIT_RANGES, c))
}

/// `s.isdecimal()`: every character is a decimal digit (category Nd).
pub fn isdecimal(recv: &Value, args: &[Value]) -> PyResult {
    all_chars(recv, args, |c| in_ranges(crate::unicode_regex::DECIMAL_RANGES, c))
}

/// `s.isnumeric()`: every character has a Numeric_Type (digits, fractions, numerals).
pub fn isnumeric(recv: &Value, args: &[Value]) -> PyResult {
    all_chars(recv, args, |c| in_ranges(unicode_class::NUMERIC_RANGES, c))
}

/// `s.isalpha()`: every character is a letter (categories Lm Lt Lu Ll Lo).
pub fn isalpha(recv: &Value, args: &[Value]) -> PyResult {
    all_chars(recv, args, |c| in_ranges(unicode_class::ALPHA_RANGES, c))
}

/// `s.isalnum()`: every character is alphabetic or numeric (CPython's Py_UNICODE_ISALNUM:
/// isalpha, isdecimal, isdigit or isnumeric; the numeric table contains the other two).
pub fn isalnum(recv: &Value, args: &[Value]) -> PyResult {
    all_chars(recv, args, |c| {
        in_ranges(unicode_class::ALPHA_RANGES, c) || in_ranges(unicode_class::NUMERIC_RANGES, c)
    })
}

/// `s.isascii()`: true for `""` too.
pub fn isascii(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 0)?;
    Ok(Value::Bool(s.is_ascii()))
}

/// `s.isspace()` (exact for all text: the whitespace set is known).
pub fn isspace(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 0)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(is_space)))
}

/// `s.isupper()` / `s.islower()` as CPython's unicode_isupper/islower: false as soon as a
/// character is of the other case or titlecase (Lt), true when some character is of the wanted
/// case.
fn cased_all(recv: &Value, args: &[Value], want_upper: bool) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 0)?;
    let (wanted, other) = if want_upper {
        (unicode_class::UPPER_RANGES, unicode_class::LOWER_RANGES)
    } else {
        (unicode_class::LOWER_RANGES, unicode_class::UPPER_RANGES)
    };
    let mut cased = false;
    for c in s.chars() {
        if in_ranges(other, c) || in_ranges(unicode_class::TITLE_RANGES, c) {
            return Ok(Value::Bool(false));
        }
        cased = cased || in_ranges(wanted, c);
    }
    Ok(Value::Bool(cased))
}

/// `s.isupper()`: some uppercase character, and none lowercase or titlecase.
pub fn isupper(recv: &Value, args: &[Value]) -> PyResult {
    cased_all(recv, args, true)
}

/// `s.islower()`: some lowercase character, and none uppercase or titlecase.
pub fn islower(recv: &Value, args: &[Value]) -> PyResult {
    cased_all(recv, args, false)
}

/// `s.istitle()` as CPython's unicode_istitle_impl: one character is title when it is
/// uppercase or titlecase (Lt); otherwise every uppercase or titlecase character follows an
/// uncased one, every lowercase character a cased one, and some character is cased.
pub fn istitle(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 0)?;
    let is_upper_or_title =
        |c: char| in_ranges(unicode_class::UPPER_RANGES, c) || in_ranges(unicode_class::TITLE_RANGES, c);
    let mut chars = s.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Ok(Value::Bool(is_upper_or_title(c)));
    }
    let (mut cased, mut previous_cased) = (false, false);
    for c in s.chars() {
        if is_upper_or_title(c) {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else if in_ranges(unicode_class::LOWER_RANGES, c) {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// `s.isidentifier()`: XID_Start or `_` first, XID_Continue after (CPython's
/// `_PyUnicode_ScanIdentifier`, which does not NFKC-normalise); false for `""`.
pub fn isidentifier(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 0)?;
    let mut chars = s.chars();
    let ok = match chars.next() {
        Some(first) => {
            in_ranges(unicode_class::IDENTIFIER_START_RANGES, first)
                && chars.all(|c| in_ranges(unicode_class::IDENTIFIER_CONTINUE_RANGES, c))
        }
        None => false,
    };
    Ok(Value::Bool(ok))
}

/// `s.casefold()`: every character's full case folding (`unicode_case::casefold`, generated from
/// CPython 3.11's `str.casefold`).
pub fn casefold(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 0)?;
    if s.is_ascii() {
        return Ok(Value::string(s.to_ascii_lowercase()));
    }
    Ok(Value::string(unicode_case::casefold(s)))
}

/// `s.expandtabs(tabsize=8)` (positional `tabsize`; the keyword form goes through
/// `methods::call_kw`), CPython's unicode_expandtabs_impl: a tab becomes spaces up to the next
/// multiple of `tabsize` (nothing when `tabsize <= 0`); columns count code points and restart
/// after `\n` and `\r`. A `tabsize` that is not an int or outside C `int` (CPython's TypeError /
/// OverflowError) and a result past `MAX_ITEMS` characters fall back.
pub fn expandtabs(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 1)?;
    let tabsize = match args.first() {
        None => 8,
        Some(v) => match v.as_int() {
            Some(n) if i64::from(i32::MIN) <= n && n <= i64::from(i32::MAX) => n,
            _ => return fail("TypeError or OverflowError: bad expandtabs() tabsize"),
        },
    };
    if !s.contains('\t') {
        return Ok(recv.clone());
    }
    let mut out = String::with_capacity(s.len());
    let (mut column, mut length) = (0i64, 0u64);
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - column % tabsize;
                column += incr;
                length += incr as u64;
                if length > MAX_ITEMS {
                    return fail("MemoryError: expandtabs() result too large");
                }
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
            continue;
        }
        column += 1;
        length += 1;
        out.push(c);
        if c == '\n' || c == '\r' {
            column = 0;
        }
    }
    Ok(Value::string(out))
}

/// The `width[, fillchar]` arguments of `ljust`/`rjust`/`center`: the number of fill characters
/// to add (0 when the string is already wide enough) and the fill character.
fn padding(s: &str, args: &[Value]) -> Result<(usize, char), Fallback> {
    arity(args, 1, 2)?;
    let width = args[0].as_int().ok_or(crate::fallback::fallback("TypeError: width must be an int"))?;
    let fill = match args.get(1) {
        None => ' ',
        Some(Value::Str(f)) => {
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return fail("TypeError: the fill character must be exactly one character long"),
            }
        }
        Some(_) => return fail("TypeError: the fill character must be a str"),
    };
    let len = char_count(s) as i64;
    if width <= len {
        return Ok((0, fill));
    }
    if width as u64 > MAX_ITEMS {
        return fail("padded string too large");
    }
    Ok(((width - len) as usize, fill))
}

fn padded(s: &str, left: usize, right: usize, fill: char) -> Value {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Value::string(out)
}

/// `s.ljust(width[, fillchar])`.
pub fn ljust(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    let (n, fill) = padding(s, args)?;
    Ok(if n == 0 { recv.clone() } else { padded(s, 0, n, fill) })
}

/// `s.rjust(width[, fillchar])`.
pub fn rjust(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    let (n, fill) = padding(s, args)?;
    Ok(if n == 0 { recv.clone() } else { padded(s, n, 0, fill) })
}

/// `s.center(width[, fillchar])`: CPython puts the odd fill character on the left when the
/// width is odd.
pub fn center(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    let (n, fill) = padding(s, args)?;
    if n == 0 {
        return Ok(recv.clone());
    }
    let width = args[0].as_int().unwrap_or_default() as usize;
    let left = n / 2 + (n & width & 1);
    Ok(padded(s, left, n - left, fill))
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 1, 1)?;
    let (n, _) = padding(s, args)?;
    if n == 0 {
        return Ok(recv.clone());
    }
    let (sign, digits) = match s.as_bytes().first() {
        Some(b'+' | b'-') => s.split_at(1),
        _ => ("", s),
    };
    let mut out = String::with_capacity(s.len() + n);
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', n));
    out.push_str(digits);
    Ok(Value::string(out))
}

/// `s.capitalize()`: the first character in title case, the rest in lower case (CPython's
/// `do_capitalize`). Non-ASCII text uses `unicode_case`.
pub fn capitalize(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 0)?;
    if s.is_ascii() {
        let mut out = s.to_ascii_lowercase();
        if let Some(first) = out.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        return Ok(Value::string(out));
    }
    Ok(Value::string(crate::case_convert::capitalize(s)))
}

/// `s.title()`: a character after a cased one in lower case, any other in title case (CPython's
/// `do_title`). Non-ASCII text uses `unicode_case`.
pub fn title(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 0)?;
    if s.is_ascii() {
        let mut out = String::with_capacity(s.len());
        let mut previous_cased = false;
        for c in s.chars() {
            out.push(if previous_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() });
            previous_cased = c.is_ascii_alphabetic();
        }
        return Ok(Value::string(out));
    }
    Ok(Value::string(crate::case_convert::title(s)))
}

/// `s.swapcase()`: upper-case characters in lower case and lower-case ones in upper case
/// (CPython's `do_swapcase`). Non-ASCII text uses `unicode_case`.
pub fn swapcase(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 0)?;
    if s.is_ascii() {
        let out: String = s
            .chars()
            .map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
            .collect();
        return Ok(Value::string(out));
    }
    Ok(Value::string(crate::case_convert::swapcase(s)))
}

/// `s.partition(sep)` / `s.rpartition(sep)`: a 3-tuple around the first (last) `sep`.
fn partition_impl(recv: &Value, args: &[Value], from_right: bool) -> PyResult {
    let s = text(recv)?;
    arity(args, 1, 1)?;
    let sep = text(&args[0])?;
    if sep.is_empty() {
        return fail("ValueError: empty separator");
    }
    let found = if from_right { s.rfind(sep) } else { s.find(sep) };
    Ok(Value::tuple(match found {
        Some(at) => vec![Value::str(&s[..at]), Value::str(sep), Value::str(&s[at + sep.len()..])],
        None if from_right => vec![Value::str(""), Value::str(""), recv.clone()],
        None => vec![recv.clone(), Value::str(""), Value::str("")],
    }))
}

/// `s.partition(sep)`.
pub fn partition(recv: &Value, args: &[Value]) -> PyResult {
    partition_impl(recv, args, false)
}

/// `s.rpartition(sep)`.
pub fn rpartition(recv: &Value, args: &[Value]) -> PyResult {
    partition_impl(recv, args, true)
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 1, 1)?;
    Ok(match s.strip_prefix(text(&args[0])?) {
        Some(rest) => Value::str(rest),
        None => recv.clone(),
    })
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 1, 1)?;
    Ok(match s.strip_suffix(text(&args[0])?) {
        Some(rest) => Value::str(rest),
        None => recv.clone(),
    })
}

/// The line boundaries of `str.splitlines` (CPython's `Py_UNICODE_ISLINEBREAK`).
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{1c}' | '\u{1d}' | '\u{1e}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `s.splitlines(keepends=False)`: `\r\n` is one boundary.
pub fn splitlines(recv: &Value, args: &[Value]) -> PyResult {
    let s = text(recv)?;
    arity(args, 0, 1)?;
    let keep = match args.first() {
        None => false,
        Some(v) => match v.as_int() {
            // Argument Clinic reads it as a C int.
            Some(k) if i32::try_from(k).is_ok() => k != 0,
            Some(_) => return fail("OverflowError: Python int too large to convert to C int"),
            None => return fail("TypeError: an integer is required"),
        },
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = at + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = chars.peek() {
                chars.next();
                end += 1;
            }
        }
        out.push(Value::str(&s[start..if keep { end } else { at }]));
        start = end;
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    Ok(Value::list(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repr::repr;

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    fn n(i: i64) -> Value {
        Value::Int(i)
    }

    fn r(v: PyResult) -> String {
        repr(&v.unwrap()).unwrap()
    }

    #[test]
    fn whitespace_is_pythons() {
        let spaces: Vec<u32> = (0..0x110000u32).filter_map(char::from_u32).filter(|c| is_space(*c)).map(|c| c as u32).collect();
        // python3.11 -c "print([hex(c) for c in range(0x110000) if chr(c).isspace()])"
        let want = [
            0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002,
            0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
        ];
        assert_eq!(spaces, want);
    }

    #[test]
    fn splitting() {
        assert_eq!(r(split(&s("  a b\u{3000}c\x1f "), &[])), "['a', 'b', 'c']");
        assert_eq!(r(split(&s(""), &[])), "[]");
        assert_eq!(r(split(&s(""), &[s(",")])), "['']");
        assert_eq!(r(split(&s("a,,b,"), &[s(",")])), "['a', '', 'b', '']");
        assert_eq!(r(split(&s("  a b  c  "), &[Value::None, n(1)])), "['a', 'b  c  ']");
        assert_eq!(r(rsplit(&s("  a b  c  "), &[Value::None, n(1)])), "['  a b', 'c']");
        assert_eq!(r(split(&s("a,b,c"), &[s(","), n(0)])), "['a,b,c']");
        assert_eq!(r(rsplit(&s("aaa"), &[s("aa")])), "['a', '']");
        assert_eq!(r(split(&s("aaa"), &[s("aa")])), "['', 'a']");
        assert!(split(&s("a"), &[s("")]).is_err());
        assert!(split(&s("a"), &[n(1)]).is_err());
        // python3: 'a b'.split(None, None) raises TypeError.
        assert!(split(&s("a b"), &[Value::None, Value::None]).is_err());
        assert_eq!(r(split(&s("a b"), &[Value::None, Value::Bool(true)])), "['a', 'b']");
    }

    #[test]
    fn joining_stripping_replacing() {
        assert_eq!(r(join(&s("-"), &[Value::list(vec![s("a"), s("é")])])), "'a-é'");
        assert_eq!(r(join(&s(", "), &[s("abc")])), "'a, b, c'");
        assert!(join(&s(""), &[Value::list(vec![n(1)])]).is_err());
        assert_eq!(r(strip(&s(" \t x y \u{a0}"), &[])), "'x y'");
        assert_eq!(r(strip(&s("xxhixx"), &[s("x")])), "'hi'");
        assert_eq!(r(lstrip(&s(".,hi!"), &[s(".,!")])), "'hi!'");
        assert_eq!(r(rstrip(&s(".,hi!"), &[s(".,!")])), "'.,hi'");
        assert_eq!(r(replace(&s("abc"), &[s(""), s("-")])), "'-a-b-c-'");
        assert_eq!(r(replace(&s("abc"), &[s(""), s("-"), n(2)])), "'-a-bc'");
        assert_eq!(r(replace(&s("aaaa"), &[s("aa"), s("b"), n(-1)])), "'bb'");
        assert_eq!(r(upper(&s("straße"), &[])), "'STRASSE'");
        assert_eq!(r(lower(&s("ÀÉ"), &[])), "'àé'");
    }

    #[test]
    fn searching() {
        let hello = s("héllo wörld");
        assert_eq!(r(find(&hello, &[s("ö")])), "7");
        assert_eq!(r(find(&hello, &[s("l"), n(4)])), "9");
        assert_eq!(r(rfind(&hello, &[s("l")])), "9");
        assert_eq!(r(find(&hello, &[s("l"), n(-3), n(-2)])), "-1");
        assert_eq!(r(find(&s("abc"), &[s(""), n(3)])), "3");
        assert_eq!(r(find(&s("abc"), &[s(""), n(4)])), "-1");
        assert_eq!(r(rfind(&s("abc"), &[s("")])), "3");
        assert_eq!(r(count(&s("abc"), &[s("")])), "4");
        assert_eq!(r(count(&s("abc"), &[s(""), n(10)])), "0");
        assert_eq!(r(count(&s("aaaa"), &[s("aa")])), "2");
        assert!(index(&hello, &[s("z")]).is_err());
        assert_eq!(r(startswith(&s("abc"), &[s(""), n(3)])), "True");
        assert_eq!(r(startswith(&s("abc"), &[s(""), n(4)])), "False");
        assert_eq!(r(endswith(&s("abc"), &[Value::tuple(vec![s("x"), s("bc")])])), "True");
        assert_eq!(r(startswith(&s("abc"), &[s("b"), n(1), n(2)])), "True");
        assert!(startswith(&s("abc"), &[Value::list(vec![])]).is_err());
    }

    #[test]
    fn predicates_and_padding() {
        assert_eq!(r(isdigit(&s("0123"), &[])), "True");
        assert_eq!(r(isdigit(&s(""), &[])), "False");
        assert_eq!(r(isascii(&s(""), &[])), "True");
        assert_eq!(r(isascii(&s("é"), &[])), "False");
        // Other scripts, as CPython 3.11 classifies them.
        assert_eq!(r(isdigit(&s("١²"), &[])), "True");
        assert_eq!(r(isdigit(&s("½"), &[])), "False");
        assert_eq!(r(isdecimal(&s("١2"), &[])), "True");
        assert_eq!(r(isdecimal(&s("²"), &[])), "False");
        assert_eq!(r(isnumeric(&s("½Ⅻ"), &[])), "True");
        assert_eq!(r(isalnum(&s("é½"), &[])), "True");
        assert_eq!(r(isalpha(&s("Straße"), &[])), "True");
        assert_eq!(r(isupper(&s("ÀÉ1"), &[])), "True");
        assert_eq!(r(islower(&s("ǅa"), &[])), "False");
        assert_eq!(r(islower(&s("ß"), &[])), "True");
        assert_eq!(r(isalpha(&s("abC"), &[])), "True");
        assert_eq!(r(isupper(&s("A1"), &[])), "True");
        assert_eq!(r(islower(&s("1"), &[])), "False");
        assert_eq!(r(center(&s("ab"), &[n(5), s("*")])), "'**ab*'");
        assert_eq!(r(center(&s("abc"), &[n(6)])), "' abc  '");
        assert_eq!(r(zfill(&s("-42"), &[n(6)])), "'-00042'");
        assert_eq!(r(ljust(&s("é"), &[n(3), s("·")])), "'é··'");
        assert!(rjust(&s("a"), &[n(3), s("ab")]).is_err());
    }
}
