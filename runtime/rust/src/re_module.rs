//! `re.findall`, `re.finditer`, `re.sub`, `re.subn`, `re.split`, `re.search`, `re.match` and `re.fullmatch` of CPython's
//! `re` module for compiled code (the last three, and finditer's items, are `re.Match` objects, see `match_object.rs`), on
//! str patterns and subjects, with the pattern language of `regex.rs` and Python 3.7+'s handling of
//! empty matches (an empty match may directly follow a previous match; after an empty match the
//! next one must not be empty at the same place). Everything CPython does differently or raises
//! for (other pattern syntax, non-str arguments, callable or invalid templates, flags, negative
//! counts, matches past the engine's budget) falls back; the C++ evaluator
//! (`lib/Runtime/ReModule.cpp`) gives the same answers.

use std::rc::Rc;

use crate::value::PyStr;
use crate::builtins::Keyword;
use crate::match_object::MatchObj;
use crate::pattern_object::PatternObj;
use crate::fallback::{fail, Fallback, PyResult};
use crate::iter::{iter_value, PyIter};
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

/// The flags argument: an int (False is 0) of re.IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII and
/// UNICODE bits (`Pattern::compile_with_flags` checks them); True (re.TEMPLATE), negative and
/// other values fall back.
fn flags(v: Option<&Value>) -> R<u32> {
    match v {
        None | Some(Value::Bool(false)) => Ok(0),
        Some(Value::Int(n)) if (0..=0x1ff).contains(n) => Ok(*n as u32),
        _ => fail("re function with flags that are not a small int"),
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
fn each_match(p: &Pattern, s: &[char], limit: usize, f: impl FnMut(&Captures)) -> R<()> {
    each_match_from(p, s, 0, limit, f)
}

/// `each_match` starting at code point `from`.
fn each_match_from(p: &Pattern, s: &[char], from: usize, limit: usize, mut f: impl FnMut(&Captures)) -> R<()> {
    let (mut pos, mut n, mut must_advance) = (from, 0usize, false);
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
    let p = Pattern::compile_with_flags(text(a[0])?, flags(a[2])?)?;
    let s: Vec<char> = text(a[1])?.chars().collect();
    findall_in(&p, &s, 0)
}

/// findall's list for the subject `s` (cut at endpos) from code point `from`.
fn findall_in(p: &Pattern, s: &[char], from: usize) -> PyResult {
    let g = p.groups();
    let mut out = Vec::new();
    each_match_from(p, s, from, 0, |c| {
        out.push(match g {
            0 => group_text(s, c, 0, false),
            1 => group_text(s, c, 1, false),
            _ => Value::tuple((1..=g).map(|i| group_text(s, c, i, false)).collect()),
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

/// `re.sub` and `re.subn` (`name`): the new string and the number of replacements.
fn substitute(args: &[Value], kws: &[Keyword]) -> R<(Value, usize)> {
    let a = bind(args, kws, &["pattern", "repl", "string", "count", "flags"], 3)?;
    let p = Pattern::compile_with_flags(text(a[0])?, flags(a[4])?)?;
    let repl = match a[1] {
        Some(Value::Str(r)) => r,
        _ => return fail("re.sub with a repl other than a str"),
    };
    let s: Vec<char> = text(a[2])?.chars().collect();
    let limit = count(a[3])?;
    let pieces = parse_template(repl, &p)?;
    let mut out = String::new();
    let (mut last, mut n) = (0usize, 0usize);
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
        n += 1;
    })?;
    out.extend(&s[last..]);
    Ok((Value::string(out), n))
}

/// The iterator `re.finditer` returns: CPython's `callable_iterator` over a scanner, searching
/// lazily from where the previous match ended (after an empty match the next one must advance),
/// exhausted for good after the first failed search.
#[derive(Debug)]
struct FindIter {
    pattern: Rc<Pattern>,
    source: PyStr,
    string: PyStr,
    chars: Rc<[char]>,
    /// `m.pos` of every match.
    start: usize,
    pos: usize,
    must_advance: bool,
    done: bool,
}

impl PyIter for FindIter {
    fn next_item(&mut self) -> Result<Option<Value>, Fallback> {
        if self.done {
            return Ok(None);
        }
        let mut caps = Captures::new();
        if self.pos > self.chars.len() || !self.pattern.search(&self.chars, self.pos, self.must_advance, &mut caps)? {
            self.done = true;
            return Ok(None);
        }
        self.must_advance = caps[1] == caps[0];
        self.pos = caps[1] as usize;
        Ok(Some(Value::Match(Rc::new(MatchObj {
            string: self.string.clone(),
            chars: self.chars.clone(),
            caps,
            pattern: self.pattern.clone(),
            source: self.source.clone(),
            pos: self.start,
            endpos: self.chars.len(),
        }))))
    }
    fn type_name(&self) -> &'static str {
        "callable_iterator"
    }
}

/// The arguments `(pattern, string, flags=0)` of `re.search`/`match`/`fullmatch`/`finditer`: the
/// compiled pattern, its text, the string and the string's code points.
fn pattern_and_string(args: &[Value], kws: &[Keyword]) -> Result<(Pattern, PyStr, PyStr, Rc<[char]>), Fallback> {
    let a = bind(args, kws, &["pattern", "string", "flags"], 2)?;
    let source: PyStr = text(a[0])?.into();
    let p = Pattern::compile_with_flags(&source, flags(a[2])?)?;
    let string = match a[1] {
        Some(Value::Str(s)) => s.clone(),
        _ => return fail("re function with a non-str string"),
    };
    let chars: Rc<[char]> = string.chars().collect();
    Ok((p, source, string, chars))
}

/// `re.finditer(pattern, string, flags=0)`: the pattern is parsed and the arguments checked now,
/// the matches are searched as the iterator is advanced.
fn finditer(args: &[Value], kws: &[Keyword]) -> PyResult {
    let (p, source, string, chars) = pattern_and_string(args, kws)?;
    Ok(iter_value(FindIter { pattern: Rc::new(p), source, string, chars, start: 0, pos: 0, must_advance: false, done: false }))
}

fn split(args: &[Value], kws: &[Keyword]) -> PyResult {
    let a = bind(args, kws, &["pattern", "string", "maxsplit", "flags"], 2)?;
    let p = Pattern::compile_with_flags(text(a[0])?, flags(a[3])?)?;
    let s: Vec<char> = text(a[1])?.chars().collect();
    let limit = count(a[2])?;
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

/// `re.search`, `re.match`, `re.fullmatch`: a `re.Match` or `None`.
fn search_or_match(name: &str, args: &[Value], kws: &[Keyword]) -> PyResult {
    let (p, source, string, chars) = pattern_and_string(args, kws)?;
    search_in(&name[3..], Rc::new(p), source, string, chars, 0)
}

/// `search` / `match` / `fullmatch` (`method`) of `p` in `chars` (the subject's code points cut
/// at endpos) from `pos`: a `re.Match` or `None`.
fn search_in(method: &str, p: Rc<Pattern>, source: PyStr, string: PyStr, chars: Rc<[char]>, pos: usize) -> PyResult {
    let mut caps = Captures::new();
    let found = match method {
        "search" => p.search(&chars, pos, false, &mut caps)?,
        _ => p.match_at(&chars, pos, method == "fullmatch", &mut caps)?,
    };
    if !found {
        return Ok(Value::None);
    }
    let endpos = chars.len();
    Ok(Value::Match(Rc::new(MatchObj { string, chars, caps, pattern: p, source, pos, endpos })))
}

/// pos / endpos: an int or bool of modest size.
fn bound(v: Option<&Value>, default: i64) -> R<i64> {
    match v {
        None => Ok(default),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(Value::Int(n)) if n.abs() <= (1 << 60) => Ok(*n),
        _ => fail("pos / endpos that is not an int, or huge"),
    }
}

/// `Pattern.search` / `match` / `fullmatch` / `findall` / `finditer` (`method`) of the pattern
/// text `source` on `string` with CPython's `pos` / `endpos`: clamped to `[0, len]`, the subject
/// seen as if it ended at endpos while `^` / `\A` still mean index 0; with pos > endpos search and
/// fullmatch give `None`, findall `[]`, finditer nothing, and match falls back (the C++
/// `callPatternWithBounds` is the reference).
pub fn call_bounded(method: &str, source: &PyStr, flags: u32, string: &Value, pos: Option<&Value>, endpos: Option<&Value>) -> PyResult {
    let Value::Str(string) = string else {
        return fail("re.Pattern method with a non-str string");
    };
    let p = Pattern::compile_with_flags(source, flags)?;
    let mut chars: Vec<char> = string.chars().collect();
    let len = chars.len() as i64;
    let from = bound(pos, 0)?.clamp(0, len) as usize;
    let end = bound(endpos, len)?.clamp(0, len) as usize;
    chars.truncate(end);
    let chars: Rc<[char]> = chars.into();
    if method == "finditer" {
        return Ok(iter_value(FindIter {
            pattern: Rc::new(p), source: source.clone(), string: string.clone(), chars, start: from, pos: from,
            must_advance: false, done: false,
        }));
    }
    if from > end {
        return match method {
            "match" => fail("re.Pattern.match with pos > endpos"),
            "findall" => Ok(Value::list(Vec::new())),
            _ => Ok(Value::None),
        };
    }
    if method == "findall" {
        return findall_in(&p, &chars, from);
    }
    search_in(method, Rc::new(p), source.clone(), string.clone(), chars, from)
}

/// `re.compile(pattern, flags=0)`: a `re.Pattern` (the text is parsed now, so a pattern outside
/// the subset falls back here).
fn compile(args: &[Value], kws: &[Keyword]) -> PyResult {
    let a = bind(args, kws, &["pattern", "flags"], 1)?;
    let source = match a[0] {
        Some(Value::Str(s)) => s.clone(),
        _ => return fail("re.compile of a non-str pattern"),
    };
    let p = Pattern::compile_with_flags(&source, flags(a[1])?)?;
    Ok(Value::Pattern(Rc::new(PatternObj { source, flags: p.flags() })))
}

/// Call `re.findall`, `re.finditer`, `re.sub`, `re.subn`, `re.split`, `re.search`, `re.match`, `re.fullmatch` or
/// `re.compile`.
pub fn call(name: &str, args: &[Value], kws: &[Keyword]) -> PyResult {
    match name {
        "re.findall" => findall(args, kws),
        "re.sub" => Ok(substitute(args, kws)?.0),
        "re.subn" => {
            let (s, n) = substitute(args, kws)?;
            Ok(Value::tuple(vec![s, Value::Int(n as i64)]))
        }
        "re.finditer" => finditer(args, kws),
        "re.split" => split(args, kws),
        "re.search" | "re.match" | "re.fullmatch" => search_or_match(name, args, kws),
        "re.compile" => compile(args, kws),
        _ => crate::fallback::fail_owned(format!("function {name} not supported by the compiled runtime")),
    }
}

#[cfg(test)]
mod tests {
    //! The table utils/gen_regex_cases.py makes from CPython 3.11's `re` (the C++ engine's
    //! GoogleTest reads the same table). ctest passes the build's copy in PYCTL_REGEX_CASES; a
    //! plain `cargo test` generates one with python3.
    use super::*;
    use serde_json::Value as J;

    fn to_json(v: &Value) -> J {
        match v {
            Value::None => J::Null,
            Value::Int(n) => serde_json::json!(n),
            Value::Str(s) => J::String(s.to_string()),
            Value::Dict(d) => J::Object(
                d.borrow().iter().map(|(k, v)| (crate::repr::to_str(k).unwrap(), to_json(v))).collect(),
            ),
            Value::List(l) => J::Array(l.borrow().iter().map(to_json).collect()),
            Value::Tuple(t) => J::Array(t.iter().map(to_json).collect()),
            _ => panic!("unexpected value"),
        }
    }

    fn to_span(v: &Value) -> J {
        match v {
            Value::Tuple(t) => match (&t[0], &t[1]) {
                (Value::Int(a), Value::Int(b)) => serde_json::json!([a, b]),
                _ => panic!("span of non-ints"),
            },
            _ => panic!("span is not a tuple"),
        }
    }

    fn regs(caps: Option<Captures>) -> J {
        match caps {
            None => J::Null,
            // The last element is lastindex.
            Some(c) => J::Array(c[..c.len() - 1].chunks(2).map(|p| serde_json::json!([p[0], p[1]])).collect()),
        }
    }

    /// The table, read (or generated) once per test process.
    fn table() -> &'static J {
        static TABLE: std::sync::OnceLock<J> = std::sync::OnceLock::new();
        TABLE.get_or_init(load_table)
    }

    fn load_table() -> J {
        let path = match std::env::var_os("PYCTL_REGEX_CASES") {
            Some(p) => std::path::PathBuf::from(p),
            None => {
                let out = std::env::temp_dir().join(format!("pyctl-regex-cases-{}.json", std::process::id()));
                let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../utils/gen_regex_cases.py");
                let ok = std::process::Command::new("python3").arg(script).arg(&out).status();
                assert!(ok.map(|s| s.success()).unwrap_or(false), "python3 {script} failed");
                out
            }
        };
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if std::env::var_os("PYCTL_REGEX_CASES").is_none() {
            let _ = std::fs::remove_file(&path); // the copy generated above
        }
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn cpython_table() {
        let t = table();
        let mut failures = Vec::new();
        for case in t["cases"].as_array().unwrap() {
            let p = case["pattern"].as_str().unwrap();
            let s = case["string"].as_str().unwrap();
            let chars: Vec<char> = s.chars().collect();
            let pat = Pattern::compile(p).unwrap_or_else(|e| panic!("{:?} refused: {:?}", p, e.reason()));
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
            let got_subn = match call("re.subn", &[ps.clone(), Value::str("<\\g<0>>"), ss.clone()], &[]).unwrap() {
                Value::Tuple(t) => match &t[1] {
                    Value::Int(n) => serde_json::json!(n),
                    _ => panic!("subn count is not an int"),
                },
                _ => panic!("subn is not a tuple"),
            };
            let mut got_finditer = Vec::new();
            let Value::Iter(it) = call("re.finditer", &[ps.clone(), ss.clone()], &[]).unwrap() else {
                panic!("finditer is not an iterator")
            };
            while let Some(f) = crate::iter::next_of(&it).unwrap() {
                got_finditer.push(J::Array((0..=pat.groups())
                    .map(|g| to_span(&crate::methods::span(&f, &[Value::Int(g as i64)]).unwrap()))
                    .collect()));
            }
            let got_finditer = J::Array(got_finditer);
            let m = call("re.search", &[ps.clone(), ss.clone()], &[]).unwrap();
            let got_repr = J::String(crate::repr::repr(&m).unwrap());
            let (got_groups, got_dict) = match m {
                Value::None => (J::Null, J::Null),
                _ => (to_json(&crate::methods::groups(&m, &[]).unwrap()),
                      to_json(&crate::methods::groupdict(&m, &[]).unwrap())),
            };
            let attr = |m: &Value, name: &str| match m {
                Value::None => J::Null,
                _ => to_json(&crate::attributes::getattr(&[m.clone(), Value::str(name)]).unwrap()),
            };
            let (got_lastindex, got_lastgroup) = (attr(&m, "lastindex"), attr(&m, "lastgroup"));
            if let Value::Match(_) = m {
                let spans: Vec<J> = (0..=pat.groups())
                    .map(|g| to_span(&crate::methods::span(&m, &[Value::Int(g as i64)]).unwrap()))
                    .collect();
                if J::Array(spans.clone()) != case["search"] {
                    failures.push(format!("spans of re.search({:?}, {:?}): {:?}", p, s, spans));
                }
            }
            let got_m = call("re.match", &[ps.clone(), ss.clone()], &[]).unwrap();
            let got_f = call("re.fullmatch", &[ps.clone(), ss.clone()], &[]).unwrap();
            if matches!(got_m, Value::None) != case["match"].is_null()
                || matches!(got_f, Value::None) != case["fullmatch"].is_null()
            {
                failures.push(format!("re.match / re.fullmatch of {:?} on {:?}", p, s));
            }
            for (what, got) in [("search", got_search), ("match", got_match), ("fullmatch", got_full),
                                ("findall", got_findall), ("split", got_split), ("sub", got_sub), ("subg", got_subg),
                                ("searchrepr", got_repr), ("searchgroups", got_groups), ("groupdict", got_dict),
                                ("subn", got_subn), ("finditer", got_finditer),
                                ("lastindex", got_lastindex), ("lastgroup", got_lastgroup)] {
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
        for pf in t["refusedflags"].as_array().unwrap() {
            let (p, f) = (pf[0].as_str().unwrap(), pf[1].as_i64().unwrap());
            assert!(call("re.compile", &[Value::str(p), Value::Int(f)], &[]).is_err(), "{:?} accepted", pf);
        }
    }

    /// Flags (arguments, inline, scoped), re.IGNORECASE's case classes, p.flags, repr(p),
    /// m.lastindex and m.lastgroup against CPython's table.
    #[test]
    fn cpython_flag_table() {
        use crate::methods::{findall, fullmatch, r#match, search, span, sub};
        let t = table();
        let mut failures = Vec::new();
        for case in t["flagcases"].as_array().unwrap() {
            let p = case["pattern"].as_str().unwrap();
            let s = Value::str(case["string"].as_str().unwrap());
            let f = Value::Int(case["flags"].as_i64().unwrap());
            let pat = call("re.compile", &[Value::str(p), f.clone()], &[])
                .unwrap_or_else(|e| panic!("{:?} refused: {:?}", p, e.reason()));
            let Value::Pattern(po) = &pat else { panic!("not a pattern") };
            let groups = Pattern::compile_with_flags(&po.source, po.flags).unwrap().groups();
            let spans = |m: &Value| match m {
                Value::None => J::Null,
                _ => J::Array((0..=groups).map(|g| to_span(&span(m, &[Value::Int(g as i64)]).unwrap())).collect()),
            };
            let attr = |m: &Value, name: &str| match m {
                Value::None => J::Null,
                _ => to_json(&crate::attributes::getattr(&[m.clone(), Value::str(name)]).unwrap()),
            };
            let m = search(&pat, &[s.clone()]).unwrap();
            let got = [
                ("pflags", attr(&pat, "flags")),
                ("repr", J::String(crate::repr::repr(&pat).unwrap())),
                ("search", spans(&m)),
                ("match", spans(&r#match(&pat, &[s.clone()]).unwrap())),
                ("fullmatch", spans(&fullmatch(&pat, &[s.clone()]).unwrap())),
                ("findall", to_json(&findall(&pat, &[s.clone()]).unwrap())),
                ("sub", to_json(&sub(&pat, &[Value::str("<\\g<0>>"), s.clone()]).unwrap())),
                ("lastindex", attr(&m, "lastindex")),
                ("lastgroup", attr(&m, "lastgroup")),
            ];
            for (what, g) in got {
                if g != case[what] {
                    failures.push(format!("{} {:?} flags {} on {}: got {} want {}", what, p, case["flags"], case["string"], g, case[what]));
                }
            }
            let fa = to_json(&call("re.findall", &[Value::str(p), s.clone(), f.clone()], &[]).unwrap());
            if fa != case["findall"] {
                failures.push(format!("re.findall {:?} flags {}: got {}", p, case["flags"], fa));
            }
        }
        assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
    }

    #[test]
    fn arguments_outside_the_subset_fall_back() {
        let (p, s) = (Value::str("a"), Value::str("aa"));
        assert!(call("re.findall", &[Value::Int(1), s.clone()], &[]).is_err());
        assert!(call("re.findall", &[p.clone(), s.clone(), Value::Int(4)], &[]).is_err()); // re.LOCALE
        assert!(call("re.sub", &[p.clone(), Value::str("\\q"), s.clone()], &[]).is_err());
        assert!(call("re.sub", &[p.clone(), Value::str("\\2"), s.clone()], &[]).is_err());
        assert!(call("re.sub", &[p.clone(), Value::str("b"), s.clone(), Value::Int(-1)], &[]).is_err());
        assert_eq!(to_json(&call("re.sub", &[p.clone(), Value::str("b"), s.clone()], &[("count", Value::Int(1))]).unwrap()), "ba");
        assert_eq!(to_json(&call("re.split", &[p.clone(), s.clone(), Value::Int(1)], &[]).unwrap()), serde_json::json!(["", "a"]));
        assert_eq!(to_json(&call("re.sub", &[Value::str("x*"), Value::str("-"), Value::str("abxd")], &[]).unwrap()), "-a-b--d-");
        assert!(call("re.search", &[p.clone(), s.clone(), Value::Int(4)], &[]).is_err());
        assert!(call("re.match", &[Value::Int(1), s.clone()], &[]).is_err());
    }

    #[test]
    fn match_objects() {
        use crate::methods::{end, group, groups, span, start};
        let m = call("re.search", &[Value::str("(?P<k>\\w)(b)?"), Value::str("é-a")], &[]).unwrap();
        assert_eq!(crate::repr::repr(&m).unwrap(), "<re.Match object; span=(0, 1), match='é'>");
        assert_eq!(crate::repr::to_str(&m).unwrap(), "<re.Match object; span=(0, 1), match='é'>");
        assert!(crate::truth::truthy(&m).unwrap());
        assert_eq!(m.type_name(), "re.Match");
        assert_eq!(to_json(&group(&m, &[Value::str("k")]).unwrap()), "é");
        assert_eq!(crate::repr::repr(&group(&m, &[Value::Int(0), Value::Int(1), Value::Int(2)]).unwrap()).unwrap(),
                   "('é', 'é', None)");
        assert_eq!(crate::repr::repr(&groups(&m, &[Value::str("-")]).unwrap()).unwrap(), "('é', '-')");
        assert_eq!(crate::repr::repr(&span(&m, &[Value::Int(2)]).unwrap()).unwrap(), "(-1, -1)");
        assert_eq!(crate::repr::repr(&start(&m, &[Value::Int(2)]).unwrap()).unwrap(), "-1");
        assert_eq!(crate::repr::repr(&end(&m, &[Value::Bool(true)]).unwrap()).unwrap(), "1");
        assert_eq!(to_json(&crate::sequence::get_index(&m, &Value::str("k")).unwrap()), "é");
        // CPython raises IndexError / TypeError: compiled code falls back.
        assert!(group(&m, &[Value::Int(3)]).is_err());
        assert!(group(&m, &[Value::Int(-1)]).is_err());
        assert!(group(&m, &[Value::str("x")]).is_err());
        assert!(group(&m, &[Value::None]).is_err());
        assert!(span(&m, &[Value::Int(1), Value::Int(2)]).is_err());
        assert!(crate::sequence::get_index(&m, &Value::Int(9)).is_err());
        assert!(group(&Value::str("s"), &[]).is_err());
        let long = call("re.match", &[Value::str("a*"), Value::str(&"a".repeat(60))], &[]).unwrap();
        assert_eq!(crate::repr::repr(&long).unwrap(),
                   format!("<re.Match object; span=(0, 60), match='{}>", "a".repeat(49)));
        assert!(matches!(call("re.fullmatch", &[Value::str("a"), Value::str("ab")], &[]).unwrap(), Value::None));
    }

    #[test]
    fn pattern_objects() {
        use crate::methods::{findall, fullmatch, group, r#match, search, split, sub};
        let p = call("re.compile", &[Value::str("(\\d+)-(x)?")], &[]).unwrap();
        assert_eq!(crate::repr::repr(&p).unwrap(), "re.compile('(\\\\d+)-(x)?')");
        assert_eq!(p.type_name(), "re.Pattern");
        let m = search(&p, &[Value::str("a12-x")]).unwrap();
        assert_eq!(to_json(&group(&m, &[]).unwrap()), "12-x");
        assert!(matches!(r#match(&p, &[Value::str("a12-x")]).unwrap(), Value::None));
        assert!(matches!(fullmatch(&p, &[Value::str("12-")]).unwrap(), Value::Match(_)));
        assert_eq!(to_json(&findall(&p, &[Value::str("1-x 2-")]).unwrap()), serde_json::json!([["1", "x"], ["2", ""]]));
        assert_eq!(to_json(&sub(&p, &[Value::str("<\\1>"), Value::str("1-x 2-"), Value::Int(1)]).unwrap()), "<1> 2-");
        assert_eq!(to_json(&split(&p, &[Value::str("a1-b")]).unwrap()), serde_json::json!(["a", "1", null, "b"]));
        assert_eq!(to_json(&split(&Value::str("a b"), &[]).unwrap()), serde_json::json!(["a", "b"]));
        // pos / endpos: clamped, the subject cut at endpos, `^` still at index 0.
        assert!(matches!(search(&p, &[Value::str("a"), Value::Int(1)]).unwrap(), Value::None));
        let m = search(&p, &[Value::str("1-x12-"), Value::Int(-3), Value::Int(3)]).unwrap();
        assert_eq!(crate::repr::repr(&m).unwrap(), "<re.Match object; span=(0, 3), match='1-x'>");
        let m = search(&p, &[Value::str("1-x12-"), Value::Int(1), Value::Int(99)]).unwrap();
        assert_eq!(crate::repr::repr(&m).unwrap(), "<re.Match object; span=(3, 6), match='12-'>");
        assert_eq!(crate::repr::repr(&crate::builtins::getattr(&[m.clone(), Value::str("pos")]).unwrap()).unwrap(), "1");
        assert_eq!(crate::repr::repr(&crate::builtins::getattr(&[m.clone(), Value::str("endpos")]).unwrap()).unwrap(), "6");
        assert!(r#match(&p, &[Value::str("1-"), Value::Int(2), Value::Int(1)]).is_err());
        assert_eq!(to_json(&findall(&p, &[Value::str("1-2-"), Value::Int(3), Value::Int(1)]).unwrap()), serde_json::json!([]));
        // flags and patterns outside the subset fall back.
        assert_eq!(crate::repr::repr(&crate::methods::subn(&p, &[Value::str("<\\1>"), Value::str("1-x 2-")]).unwrap()).unwrap(),
                   "('<1> <2>', 2)");
        let Value::Iter(it) = crate::methods::finditer(&p, &[Value::str("a1-x 2-")]).unwrap() else { panic!() };
        assert_eq!(it.borrow().type_name(), "callable_iterator");
        let first = crate::iter::next_of(&it).unwrap().unwrap();
        assert_eq!(crate::repr::repr(&first).unwrap(), "<re.Match object; span=(1, 4), match='1-x'>");
        assert!(crate::iter::next_of(&it).unwrap().is_some());
        assert!(crate::iter::next_of(&it).unwrap().is_none());
        assert!(call("re.compile", &[Value::str("a"), Value::Int(4)], &[]).is_err());
        assert!(call("re.compile", &[Value::str("(?=a)")], &[]).is_err());
        let q = call("re.compile", &[Value::str("(\\d+)-(x)?")], &[]).unwrap();
        assert!(crate::compare::op_eq(&p, &q).unwrap().as_int() == Some(1));
        assert!(crate::compare::op_is(&p, &q).is_err());
    }
}
