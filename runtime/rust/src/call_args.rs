//! Parsing one call's JSON argument array, for the executable harness and the C ABI.
//!
//! Python's `json.loads` accepts `\uD800`-`\uDFFF` escapes that are not proper surrogate pairs
//! (they give `str`s holding lone surrogates); serde_json refuses them, and a Rust `String` cannot
//! hold them. Such a line is valid input the compiled code cannot represent: the call falls back
//! (CPython, in the interpreter, gives the answer). `json.loads` also accepts the tokens `NaN`,
//! `Infinity` and `-Infinity` (non-finite floats), which serde_json refuses: those lines fall back
//! too. So do arrays nested deeper than serde_json's recursion limit (128 levels), which
//! `json.loads` accepts: such a line is told from a malformed one by `is_json`, a check without
//! recursion. Anything else serde_json refuses is not JSON.

use crate::fallback::Fallback;

/// Why a line of arguments was not turned into values.
#[derive(Debug, PartialEq)]
pub enum ArgsError {
    /// Valid JSON array holding a lone surrogate escape: the call must fall back.
    Unrepresentable(Fallback),
    /// Valid JSON, but not an array.
    NotArray,
    /// Not JSON; serde_json's message.
    NotJson(String),
}

/// The reason of the fallback for arguments holding a lone surrogate.
pub const LONE_SURROGATE_REASON: &str = "arguments hold a lone surrogate (\\ud800-\\udfff escape)";

/// The reason of the fallback for arguments holding `NaN`, `Infinity` or `-Infinity`.
pub const NONFINITE_REASON: &str = "arguments hold NaN, Infinity or -Infinity";

/// The reason of the fallback for arguments nested deeper than serde_json's recursion limit.
pub const TOO_DEEP_REASON: &str = "arguments nested more than 128 levels";

/// Parses `text` as a JSON array of positional arguments (see the module docs).
pub fn parse_args(text: &str) -> Result<Vec<serde_json::Value>, ArgsError> {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Array(args)) => Ok(args),
        Ok(_) => Err(ArgsError::NotArray),
        Err(e) if e.to_string().starts_with("recursion limit exceeded") => {
            if !is_json(text) {
                Err(ArgsError::NotJson(e.to_string()))
            } else if text.trim_start_matches([' ', '\t', '\n', '\r']).starts_with('[') {
                Err(ArgsError::Unrepresentable(crate::fallback::fallback(TOO_DEEP_REASON)))
            } else {
                Err(ArgsError::NotArray)
            }
        }
        Err(e) => {
            // Retry with every lone surrogate escape replaced by a representable one: if that
            // parses as an array, the line was valid JSON that Rust cannot hold.
            // Likewise for the non-finite tokens.
            let surrogates = replace_lone_surrogates(text);
            let nonfinite = replace_nonfinite(surrogates.as_deref().unwrap_or(text));
            let reason = if nonfinite.is_some() { NONFINITE_REASON } else { LONE_SURROGATE_REASON };
            if let Some(patched) = nonfinite.or(surrogates) {
                match serde_json::from_str::<serde_json::Value>(&patched) {
                    Ok(serde_json::Value::Array(_)) => return Err(ArgsError::Unrepresentable(crate::fallback::fallback(reason))),
                    Ok(_) => return Err(ArgsError::NotArray),
                    Err(_) => {}
                }
            }
            Err(ArgsError::NotJson(e.to_string()))
        }
    }
}

/// Whether `text` is one JSON value as Python's `json.loads` accepts it (with `NaN`, `Infinity`,
/// `-Infinity` and any `\uXXXX` escape; no control character inside strings), checked with an
/// explicit stack instead of recursion, so that any nesting depth is fine.
fn is_json(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    // The containers open at `i`: `[` or `{`.
    let mut open: Vec<u8> = Vec::new();
    'value: loop {
        skip_ws(b, &mut i);
        match b.get(i) {
            Some(&c @ (b'[' | b'{')) => {
                i += 1;
                skip_ws(b, &mut i);
                let close = if c == b'[' { b']' } else { b'}' };
                if b.get(i) == Some(&close) {
                    i += 1;
                } else {
                    open.push(c);
                    if c == b'{' && !object_key(b, &mut i) {
                        return false;
                    }
                    continue 'value;
                }
            }
            Some(b'"') => {
                if !string(b, &mut i) {
                    return false;
                }
            }
            _ => {
                if !scalar(b, &mut i) {
                    return false;
                }
            }
        }
        // After a value: separators and closing brackets.
        loop {
            skip_ws(b, &mut i);
            let Some(&c) = open.last() else {
                return i == b.len();
            };
            match b.get(i) {
                Some(b',') => {
                    i += 1;
                    if c == b'{' && !object_key(b, &mut i) {
                        return false;
                    }
                    continue 'value;
                }
                Some(b']') if c == b'[' => {
                    i += 1;
                    open.pop();
                }
                Some(b'}') if c == b'{' => {
                    i += 1;
                    open.pop();
                }
                _ => return false,
            }
        }
    }
}

/// Skips JSON whitespace.
fn skip_ws(b: &[u8], i: &mut usize) {
    while matches!(b.get(*i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        *i += 1;
    }
}

/// An object key and its colon (`"k" :`), whitespace first.
fn object_key(b: &[u8], i: &mut usize) -> bool {
    skip_ws(b, i);
    if b.get(*i) != Some(&b'"') || !string(b, i) {
        return false;
    }
    skip_ws(b, i);
    if b.get(*i) != Some(&b':') {
        return false;
    }
    *i += 1;
    true
}

/// A string starting at the quote `b[*i]`.
fn string(b: &[u8], i: &mut usize) -> bool {
    *i += 1;
    loop {
        match b.get(*i) {
            Some(b'"') => {
                *i += 1;
                return true;
            }
            Some(b'\\') => match b.get(*i + 1) {
                Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => *i += 2,
                Some(b'u') if escape_at(b, *i).is_some() => *i += 6,
                _ => return false,
            },
            Some(&c) if c >= 0x20 => *i += 1,
            _ => return false,
        }
    }
}

/// A number or one of `true`, `false`, `null`, `NaN`, `Infinity`, `-Infinity`.
fn scalar(b: &[u8], i: &mut usize) -> bool {
    for word in ["true", "false", "null", "NaN", "Infinity", "-Infinity"] {
        if b[*i..].starts_with(word.as_bytes()) {
            *i += word.len();
            return true;
        }
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).map_or(false, u8::is_ascii_digit) {
            *i += 1;
        }
        *i > start
    };
    if b.get(*i) == Some(&b'-') {
        *i += 1;
    }
    match b.get(*i) {
        Some(b'0') => *i += 1,
        Some(b'1'..=b'9') => {
            digits(i);
        }
        _ => return false,
    }
    if b.get(*i) == Some(&b'.') {
        *i += 1;
        if !digits(i) {
            return false;
        }
    }
    if matches!(b.get(*i), Some(b'e' | b'E')) {
        *i += 1;
        if matches!(b.get(*i), Some(b'+' | b'-')) {
            *i += 1;
        }
        if !digits(i) {
            return false;
        }
    }
    true
}

/// The `\uXXXX` escape at `bytes[i..]` (which starts with a backslash), if well formed.
fn escape_at(bytes: &[u8], i: usize) -> Option<u32> {
    if bytes.get(i) != Some(&b'\\') || bytes.get(i + 1) != Some(&b'u') || i + 6 > bytes.len() {
        return None;
    }
    let hex = std::str::from_utf8(&bytes[i + 2..i + 6]).ok()?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(hex, 16).ok()
}

/// `text` with each `\uD800`-`\uDFFF` escape that is not part of a high-low pair replaced by
/// `\uFFFD`, or `None` when there is none. Every backslash starts an escape of two bytes or more
/// (`\\` included), so an escaped backslash followed by `ud83d` is not mistaken for an escape.
fn replace_lone_surrogates(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut found = false;
    let mut copied = 0; // bytes[..copied] are in `out`
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        match escape_at(bytes, i) {
            Some(0xD800..=0xDBFF) if matches!(escape_at(bytes, i + 6), Some(0xDC00..=0xDFFF)) => i += 12,
            Some(0xD800..=0xDFFF) => {
                out.push_str(&text[copied..i]);
                out.push_str("\\uFFFD");
                i += 6;
                copied = i;
                found = true;
            }
            Some(_) => i += 6,
            None => i += 2, // any other escape (or a malformed one) is two bytes here
        }
    }
    if !found {
        return None;
    }
    out.push_str(&text[copied.min(text.len())..]);
    Some(out)
}

/// `text` with each `NaN`, `Infinity` and `-Infinity` token outside strings replaced by `0`, or
/// `None` when there is none. A token counts only when no letter, digit or `_` touches it, so a
/// misspelt `NaNx` stays invalid JSON.
fn replace_nonfinite(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut out = String::with_capacity(text.len());
    let mut found = false;
    let mut copied = 0; // bytes[..copied] are in `out`
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 2,
                b'"' => {
                    in_string = false;
                    i += 1
                }
                _ => i += 1,
            }
            continue;
        }
        if b == b'"' {
            in_string = true;
            i += 1;
            continue;
        }
        let token = ["-Infinity", "Infinity", "NaN"].iter().find(|t| bytes[i..].starts_with(t.as_bytes()));
        match token {
            Some(t) if (i == 0 || !word(bytes[i - 1])) && !bytes.get(i + t.len()).map_or(false, |&c| word(c)) => {
                out.push_str(&text[copied..i]);
                out.push('0');
                i += t.len();
                copied = i;
                found = true;
            }
            _ => i += 1,
        }
    }
    if !found {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fell_back(text: &str) -> bool {
        matches!(parse_args(text), Err(ArgsError::Unrepresentable(_)))
    }

    /// Python's `json.loads` takes arrays nested past serde_json's limit of 128: they fall back;
    /// a malformed line that deep stays invalid JSON.
    #[test]
    fn deep_nesting_falls_back() {
        let deep = |n: usize, inner: &str| format!("{}{}{}", "[".repeat(n), inner, "]".repeat(n));
        assert_eq!(parse_args(&deep(100, "1")).map(|a| a.len()), Ok(1));
        assert!(fell_back(&deep(200, "")));
        assert!(fell_back(&deep(100_000, r#"{"k": [1.5e3, -0, "a\u00e9\\", true, null, NaN]}"#)));
        assert!(fell_back(&format!(r#"[{}, {{"a": {}}}]"#, deep(300, "{}"), deep(300, "-Infinity"))));
        assert_eq!(parse_args(&format!(r#"{{"a": {}}}"#, deep(300, ""))), Err(ArgsError::NotArray));
        for bad in ["[1,]", "[01]", "[1.]", "[\"\t\"]", "[\"\\x\"]", "{\"a\" 1}", "[1] 2", "[}", "[1", "[-]", "[tru]"] {
            assert!(matches!(parse_args(&deep(200, bad)), Err(ArgsError::NotJson(_))), "{}", bad);
        }
    }

    #[test]
    fn nonfinite_floats_fall_back() {
        assert!(fell_back("[NaN]"));
        assert!(fell_back("[1, Infinity, -Infinity]"));
        assert!(fell_back(r#"[{"a": [NaN]}, "\ud83d"]"#));
        assert_eq!(parse_args(r#"["NaN", "x Infinity"]"#).map(|a| a.len()), Ok(2));
        assert_eq!(parse_args(r#"["\"NaN"]"#).map(|a| a.len()), Ok(1));
        assert!(matches!(parse_args("[NaNx]"), Err(ArgsError::NotJson(_))));
        assert!(matches!(parse_args("[nan]"), Err(ArgsError::NotJson(_))));
        assert!(matches!(parse_args("[NaN,]"), Err(ArgsError::NotJson(_))));
        assert_eq!(parse_args("{\"a\": NaN}"), Err(ArgsError::NotArray));
    }

    #[test]
    fn lone_surrogates_fall_back() {
        assert!(fell_back(r#"["\ud83d"]"#));
        assert!(fell_back(r#"["x\udc00y"]"#));
        assert!(fell_back(r#"["\ude00\ud83d"]"#)); // low then high: two lone ones
        assert!(fell_back(r#"["\ud83d\u0041"]"#)); // high then a non-surrogate
        assert!(fell_back(r#"[{"\uDBFF": 1}, "ok"]"#)); // in a key, upper case
        assert!(fell_back(r#"["\\\ud83d"]"#)); // an escaped backslash, then the escape
        assert!(fell_back(r#"["\ud83d\ud83d\ude00"]"#)); // a lone high before a pair
    }

    #[test]
    fn representable_lines_parse() {
        assert_eq!(parse_args(r#"["\ud83d\ude00"]"#).unwrap(), vec![serde_json::json!("😀")]);
        assert_eq!(parse_args(r#"["\\ud83d"]"#).unwrap(), vec![serde_json::json!("\\ud83d")]);
        assert_eq!(parse_args(r#"["\u0000"]"#).unwrap(), vec![serde_json::json!("\u{0}")]);
        assert_eq!(parse_args("[]").unwrap(), Vec::<serde_json::Value>::new());
    }

    #[test]
    fn malformed_lines_are_errors() {
        assert_eq!(parse_args(r#"{"a": "\ud83d"}"#), Err(ArgsError::NotArray));
        assert_eq!(parse_args(r#""\ud83d""#), Err(ArgsError::NotArray));
        assert!(matches!(parse_args(r#"["\ud83d""#), Err(ArgsError::NotJson(_))));
        assert!(matches!(parse_args(r#"["\ud83d", ]"#), Err(ArgsError::NotJson(_))));
        assert!(matches!(parse_args(r#"[\ud83d]"#), Err(ArgsError::NotJson(_))));
        assert!(matches!(parse_args("[1,"), Err(ArgsError::NotJson(_))));
        assert!(matches!(parse_args(r#"["\ud83"]"#), Err(ArgsError::NotJson(_))));
    }
}
