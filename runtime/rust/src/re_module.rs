//! `re.findall`, `re.sub` and `re.split` of CPython's `re` module for compiled code, on str
//! patterns and subjects, with the pattern language of `regex.rs` and Python 3.7+'s handling of
//! empty matches (an empty match may directly follow a previous match; after an empty match the
//! next one must not be empty at the same place). Everything CPython does differently or raises
//! for (other pattern syntax, non-str arguments, callable or invalid templates, flags, negative
//! counts, matches past the engine's budget) falls back; the C++ evaluator
//! (`lib/Runtime/ReModule.cpp`) gives the same answers.

use crate::builtins::Keyword;
use crate::fallback::{fail, Fallback, PyResult};
use crate::regex::{Captures, Pattern};
use crate::value::Value;

type R<T> = Result<T, Fallback>;

/// Arguments bound to `params` (positional, then by keyword); the first `required` must be there.
fn bind<'v>(args: &'v [Value], kws: &'v [Keyword], params: &[&str], required: usize) -> R<Vec<Option<&'v Value>>> {
    let mut out: Vec<Option<&Value>> = vec![None; params.len()];
    if args.len() > params.len() {
        return fail("re function with too many arguments");
    }
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a);
    }
    for (name, v) in kws {
        match params.iter().position(|p| p == name) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            _ => return fail("re function keyword not supported"),
        }
    }
    if out[..required].iter().any(|o| o.is_none()) {
        return fail("re function with missing arguments");
    }
    Ok(out)
}

fn text(v: Option<&Value>) -> R<&str> {
    match v {
        Some(Value::Str(s)) => Ok(s),
        _ => fail("re function with a non-str pattern, string or repl"),
    }
}

fn count(v: Option<&Value>) -> R<usize> {
    match v {
        None => Ok(0),
        Some(Value::Bool(b)) => Ok(*b as usize),
        Some(Value::Int(n)) if *n >= 0 && *n <= (1 << 40) => Ok(*n as usize),
        _ => fail("re function count/maxsplit negative, huge or not an int"),
    }
}

fn flags(v: Option<&Value>) -> R<()> {
    match v {
        None | Some(Value::Int(0)) | Some(Value::Bool(false)) => Ok(()),
        _ => fail("re function with flags"),
    }
}

fn slice(s: &[char], from: usize, to: usize) -> String {
    s[from..to].iter().collect()
}

fn group_text(s: &[char], c: &Captures, g: usize, none_if_unset: bool) -> Value {
    if c[2 * g] < 0 {
        return if none_if_unset { Value::None } else { Value::str("") };
    }
    Value::string(slice(s, c[2 * g] as usize, c[2 * g + 1] as usize))
}

/// The matches findall/sub/split visit, at most `limit` (0: all).
fn each_match(p: &Pattern, s: &[char], limit: usize, mut f: impl FnMut(&Captures)) -> R<()> {
    let (mut pos, mut n, mut must_advance) = (0usize, 0usize, false);
    let mut c = Captures::new();
    while pos <= s.len() && (limit == 0 || n < limit) {
        if !p.search(s, pos, must_advance, &mut c)? {
            break;
        }
        f(&c);
        n += 1;
        must_advance = c[1] == c[0];
        pos = c[1] as usize;
    }
    Ok(())
}

fn findall(args: &[Value], kws: &[Keyword]) -> PyResult {
    let a = bind(args, kws, &["pattern", "string", "flags"], 2)?;
    let p = Pattern::compile(text(a[0])?)?;
    let s: Vec<char> = text(a[1])?.chars().collect();
    flags(a[2])?;
    let g = p.groups();
    let mut out = Vec::new();
    each_match(&p, &s, 0, |c| {
        out.push(match g {
            0 => group_text(&s, c, 0, false),
            1 => group_text(&s, c, 1, false),
            _ => Value::tuple((1..=g).map(|i| group_text(&s, c, i, false)).collect()),
        })
    })?;
    Ok(Value::list(out))
}

/// A piece of a sub() template: literal text or a group number.
enum Piece {
    Text(String),
    Group(usize),
}

fn parse_template(t: &str, p: &Pattern) -> R<Vec<Piece>> {
    let t: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let group = |g: usize, lit: &mut String, out: &mut Vec<Piece>| -> R<()> {
        if g > p.groups() {
            return fail("re.sub template referring to a missing group");
        }
        if !lit.is_empty() {
            out.push(Piece::Text(std::mem::take(lit)));
        }
        out.push(Piece::Group(g));
        Ok(())
    };
    while i < t.len() {
        let c = t[i];
        i += 1;
        if c != '\\' {
            lit.push(c);
            continue;
        }
        let e = match t.get(i) {
            None => return fail("re.sub template ending in a backslash"),
            Some(&e) => e,
        };
        i += 1;
        let simple = match e {
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            '\\' => Some('\\'),
            _ => None,
        };
        if let Some(ch) = simple {
            lit.push(ch);
            continue;
        }
        if ('1'..='9').contains(&e) {
            if t.get(i).map_or(false, |d| d.is_ascii_digit()) {
                return fail("re.sub template with a two-digit group reference");
            }
            group(e as usize - '0' as usize, &mut lit, &mut out)?;
            continue;
        }
        if e == '0' {
            return fail("re.sub template with an octal escape");
        }
        if e == 'g' {
            if t.get(i) != Some(&'<') {
                return fail("re.sub template with a malformed \\g reference");
            }
            let close = match t[i + 1..].iter().position(|&x| x == '>') {
                None => return fail("re.sub template with a malformed \\g reference"),
                Some(k) => i + 1 + k,
            };
            let name: String = t[i + 1..close].iter().collect();
            i = close + 1;
            if name.is_empty() {
                return fail("re.sub template with a malformed \\g reference");
            }
            let g = if name.chars().all(|d| d.is_ascii_digit()) {
                if name.len() > 4 {
                    return fail("re.sub template referring to a missing group");
                }
                name.parse::<usize>().unwrap_or(usize::MAX)
            } else {
                match p.group_index(&name) {
                    Some(g) => g,
                    None => return fail("re.sub template referring to an unknown group name"),
                }
            };
            group(g, &mut lit, &mut out)?;
            continue;
        }
        if e.is_ascii_alphabetic() {
            return fail("re.sub template with a bad escape");
        }
        lit.push('\\');
        lit.push(e);
    }
    if !lit.is_empty() {
        out.push(Piece::Text(lit));
    }
    Ok(out)
}

fn sub(args: &[Value], kws: &[Keyword]) -> PyResult {
    let a = bind(args, kws, &["pattern", "repl", "string", "count", "flags"], 3)?;
    let p = Pattern::compile(text(a[0])?)?;
    let repl = match a[1] {
        Some(Value::Str(r)) => r,
        _ => return fail("re.sub with a repl other than a str"),
    };
    let s: Vec<char> = text(a[2])?.chars().collect();
    let limit = count(a[3])?;
    flags(a[4])?;
    let pieces = parse_template(repl, &p)?;
    let mut out = String::new();
    let mut last = 0usize;
    each_match(&p, &s, limit, |c| {
        out.extend(&s[last..c[0] as usize]);
        for piece in &pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Group(g) => {
                    if c[2 * g] >= 0 {
                        out.extend(&s[c[2 * g] as usize..c[2 * g + 1] as usize]);
                    }
                }
            }
        }
        last = c[1] as usize;
    })?;
    out.extend(&s[last..]);
    Ok(Value::string(out))
}

fn split(args: &[Value], kws: &[Keyword]) -> PyResult {
    let a = bind(args, kws, &["pattern", "string", "maxsplit", "flags"], 2)?;
    let p = Pattern::compile(text(a[0])?)?;
    let s: Vec<char> = text(a[1])?.chars().collect();
    let limit = count(a[2])?;
    flags(a[3])?;
    let mut out = Vec::new();
    let mut last = 0usize;
    each_match(&p, &s, limit, |c| {
        out.push(Value::string(slice(&s, last, c[0] as usize)));
        for g in 1..=p.groups() {
            out.push(group_text(&s, c, g, true));
        }
        last = c[1] as usize;
    })?;
    out.push(Value::string(slice(&s, last, s.len())));
    Ok(Value::list(out))
}

/// Call `re.findall`, `re.sub` or `re.split`.
pub fn call(name: &str, args: &[Value], kws: &[Keyword]) -> PyResult {
    match name {
        "re.findall" => findall(args, kws),
        "re.sub" => sub(args, kws),
        "re.split" => split(args, kws),
        _ => fail("re function not supported by the compiled runtime"),
    }
}

#[cfg(test)]
mod tests {
    //! The table of test/unittests/Inputs/regex_cases.json, made by utils/gen_regex_cases.py
    //! from CPython 3.11's `re` (the C++ engine's GoogleTest reads the same table).
    use super::*;
    use serde_json::Value as J;

    fn to_json(v: &Value) -> J {
        match v {
            Value::None => J::Null,
            Value::Str(s) => J::String(s.to_string()),
            Value::List(l) => J::Array(l.borrow().iter().map(to_json).collect()),
            Value::Tuple(t) => J::Array(t.iter().map(to_json).collect()),
            _ => panic!("unexpected value"),
        }
    }

    fn regs(caps: Option<Captures>) -> J {
        match caps {
            None => J::Null,
            Some(c) => J::Array(c.chunks(2).map(|p| serde_json::json!([p[0], p[1]])).collect()),
        }
    }

    fn table() -> J {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../test/unittests/Inputs/regex_cases.json");
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn cpython_table() {
        let t = table();
        let mut failures = Vec::new();
        for case in t["cases"].as_array().unwrap() {
            let p = case["pattern"].as_str().unwrap();
            let s = case["string"].as_str().unwrap();
            let chars: Vec<char> = s.chars().collect();
            let pat = Pattern::compile(p).unwrap_or_else(|e| panic!("{:?} refused: {:?}", p, e.reason));
            assert_eq!(pat.groups() as u64, case["groups"].as_u64().unwrap());
            let mut c = Captures::new();
            let got_search = regs(if pat.search(&chars, 0, false, &mut c).unwrap() { Some(c.clone()) } else { None });
            let got_match = regs(if pat.match_at(&chars, 0, false, &mut c).unwrap() { Some(c.clone()) } else { None });
            let got_full = regs(if pat.match_at(&chars, 0, true, &mut c).unwrap() { Some(c.clone()) } else { None });
            let (ps, ss) = (Value::str(p), Value::str(s));
            let got_findall = to_json(&call("re.findall", &[ps.clone(), ss.clone()], &[]).unwrap());
            let got_split = to_json(&call("re.split", &[ps.clone(), ss.clone()], &[]).unwrap());
            let got_sub = to_json(&call("re.sub", &[ps.clone(), Value::str("<\\g<0>>"), ss.clone()], &[]).unwrap());
            let got_subg = if pat.groups() > 0 {
                to_json(&call("re.sub", &[ps.clone(), Value::str("[\\1]"), ss.clone()], &[]).unwrap())
            } else {
                J::Null
            };
            for (what, got) in [("search", got_search), ("match", got_match), ("fullmatch", got_full),
                                ("findall", got_findall), ("split", got_split), ("sub", got_sub), ("subg", got_subg)] {
                if got != case[what] {
                    failures.push(format!("{} {:?} on {:?}: got {} want {}", what, p, s, got, case[what]));
                }
            }
        }
        assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
    }

    #[test]
    fn refused_patterns_fall_back() {
        let t = table();
        for p in t["refused"].as_array().unwrap() {
            let p = p.as_str().unwrap();
            assert!(Pattern::compile(p).is_err(), "{:?} accepted", p);
        }
    }

    #[test]
    fn arguments_outside_the_subset_fall_back() {
        let (p, s) = (Value::str("a"), Value::str("aa"));
        assert!(call("re.findall", &[Value::Int(1), s.clone()], &[]).is_err());
        assert!(call("re.findall", &[p.clone(), s.clone(), Value::Int(2)], &[]).is_err());
        assert!(call("re.sub", &[p.clone(), Value::str("\\q"), s.clone()], &[]).is_err());
        assert!(call("re.sub", &[p.clone(), Value::str("\\2"), s.clone()], &[]).is_err());
        assert!(call("re.sub", &[p.clone(), Value::str("b"), s.clone(), Value::Int(-1)], &[]).is_err());
        assert_eq!(to_json(&call("re.sub", &[p.clone(), Value::str("b"), s.clone()], &[("count", Value::Int(1))]).unwrap()), "ba");
        assert_eq!(to_json(&call("re.split", &[p.clone(), s.clone(), Value::Int(1)], &[]).unwrap()), serde_json::json!(["", "a"]));
        assert_eq!(to_json(&call("re.sub", &[Value::str("x*"), Value::str("-"), Value::str("abxd")], &[]).unwrap()), "-a-b--d-");
    }
}
