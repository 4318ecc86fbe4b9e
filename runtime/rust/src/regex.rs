//! pyctl's own backtracking engine for the subset of Python's `re` pyctl supports, matching
//! CPython 3.11's `sre` exactly on str patterns (the C++ evaluator has the same engine,
//! `lib/Runtime/Regex.cpp`): literals and escapes, `.`, classes `[...]`, `\d \D \w \W \s \S` with
//! sre's Unicode definitions (`str.isdecimal`, `str.isalnum() or '_'`, `str.isspace`), greedy and
//! lazy repeats, capturing, non-capturing and named groups, alternation tried left to right and
//! the anchors `^ $ \A \Z \b \B`, with the flags re.IGNORECASE (sre's case classes, generated in
//! `regex_ignorecase.rs`), MULTILINE, DOTALL, VERBOSE, ASCII and UNICODE given as arguments, as
//! global inline flags `(?i)` at the start or scoped `(?i-m:...)`. Anything else (and every invalid
//! pattern) falls back. The `regex` crate is not used: its classes and leftmost-first semantics differ from sre.

use crate::fallback::{fail, Fallback};
use crate::regex_ignorecase::{CASE_KEYS, CASE_POOL, CASE_START};
use crate::unicode_printable::in_ranges;
use crate::unicode_regex::{DECIMAL_RANGES, SPACE_RANGES, WORD_RANGES};

type R<T> = Result<T, Fallback>;

/// sre's `\w` for str patterns: `c.isalnum() or c == '_'`.
pub fn is_word(c: char) -> bool {
    in_ranges(WORD_RANGES, c)
}

/// sre's flag bits.
const FLAG_I: u32 = 2;
const FLAG_L: u32 = 4;
const FLAG_M: u32 = 8;
const FLAG_S: u32 = 16;
const FLAG_U: u32 = 32;
const FLAG_X: u32 = 64;
const FLAG_A: u32 = 256;
const TYPE_FLAGS: u32 = FLAG_A | FLAG_L | FLAG_U;
const SUPPORTED_FLAGS: u32 = FLAG_I | FLAG_M | FLAG_S | FLAG_U | FLAG_X | FLAG_A;

/// Whether `f` holds for one of the pattern characters that match `c` under re.IGNORECASE with
/// `flags`: K(c) of utils/gen_regex_ignorecase.py for Unicode patterns, `c` and its other ASCII
/// case for re.ASCII ones.
fn any_case_variant(c: char, flags: u32, mut f: impl FnMut(char) -> bool) -> bool {
    if flags & FLAG_U != 0 {
        return match CASE_KEYS.binary_search(&(c as u32)) {
            Err(_) => f(c),
            Ok(i) => CASE_POOL[CASE_START[i] as usize..CASE_START[i + 1] as usize]
                .iter()
                .any(|&y| char::from_u32(y).map_or(false, &mut f)),
        };
    }
    f(c) || (c.is_ascii_alphabetic() && f(if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }))
}

fn is_ascii_word(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric()
}

/// `\w` (and `\b`'s word test) under `flags`: Unicode unless re.ASCII.
fn word_char(c: char, flags: u32) -> bool {
    if flags & FLAG_U != 0 { is_word(c) } else { is_ascii_word(c) }
}

#[derive(Clone, Copy, Debug)]
enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

fn in_category(k: Category, c: char, flags: u32) -> bool {
    if flags & FLAG_U == 0 {
        // re.ASCII: sre's ASCII categories.
        let digit = c.is_ascii_digit();
        let space = c == ' ' || ('\t'..='\r').contains(&c);
        return match k {
            Category::Digit => digit,
            Category::NotDigit => !digit,
            Category::Space => space,
            Category::NotSpace => !space,
            Category::Word => is_ascii_word(c),
            Category::NotWord => !is_ascii_word(c),
        };
    }
    match k {
        Category::Digit => in_ranges(DECIMAL_RANGES, c),
        Category::NotDigit => !in_ranges(DECIMAL_RANGES, c),
        Category::Space => in_ranges(SPACE_RANGES, c),
        Category::NotSpace => !in_ranges(SPACE_RANGES, c),
        Category::Word => is_word(c),
        Category::NotWord => !is_word(c),
    }
}

/// The nodes that depend on flags carry those in force where they stand.
#[derive(Debug)]
enum Node {
    Char(char, u32),
    Any(u32),
    Class { ranges: Vec<(char, char)>, cats: Vec<Category>, negate: bool, flags: u32 },
    Begin(u32),
    StrBegin,
    End(u32),
    StrEnd,
    Boundary(u32),
    NonBoundary(u32),
    Group(usize, Box<Node>),
    Alt(Vec<Node>),
    Concat(Vec<Node>),
    Repeat { kid: Box<Node>, min: usize, max: usize, greedy: bool },
}

const UNBOUNDED: usize = usize::MAX;

impl Node {
    fn single(&self) -> bool {
        matches!(self, Node::Char(..) | Node::Any(_) | Node::Class { .. })
    }
    /// Under re.IGNORECASE a pattern character y matches `c` when y is one of c's case variants
    /// (any_case_variant); sre tests set categories on lower(c), which gives c's answer.
    fn matches_char(&self, c: char) -> bool {
        match self {
            Node::Char(x, flags) => {
                if flags & FLAG_I != 0 {
                    any_case_variant(c, *flags, |y| y == *x)
                } else {
                    *x == c
                }
            }
            Node::Any(flags) => flags & FLAG_S != 0 || c != '\n',
            Node::Class { ranges, cats, negate, flags } => {
                let in_ranges = |y: char| ranges.iter().any(|&(lo, hi)| y >= lo && y <= hi);
                let hit = if flags & FLAG_I != 0 { any_case_variant(c, *flags, in_ranges) } else { in_ranges(c) }
                    || cats.iter().any(|&k| in_category(k, c, *flags));
                hit != *negate
            }
            _ => false,
        }
    }
    fn nullable(&self) -> bool {
        match self {
            Node::Char(..) | Node::Any(_) | Node::Class { .. } => false,
            Node::Group(_, k) => k.nullable(),
            Node::Repeat { kid, min, .. } => *min == 0 || kid.nullable(),
            Node::Alt(ks) => ks.iter().any(|k| k.nullable()),
            Node::Concat(ks) => ks.iter().all(|k| k.nullable()),
            _ => true,
        }
    }
    fn has_group(&self) -> bool {
        match self {
            Node::Group(..) => true,
            Node::Repeat { kid, .. } => kid.has_group(),
            Node::Alt(ks) | Node::Concat(ks) => ks.iter().any(|k| k.has_group()),
            _ => false,
        }
    }
}

/// A parsed pattern: its tree, number of groups and named groups.
#[derive(Debug)]
pub struct Pattern {
    root: Node,
    groups: usize,
    flags: u32,
    names: Vec<(String, usize)>,
}

/// Capture offsets in code points: group i at `[2i]`, `[2i+1]`; -1 when unset. The last element,
/// `[2 * (groups + 1)]`, is sre's lastindex (the group closed last on the matching path), -1 for
/// none.
pub type Captures = Vec<i64>;

struct Parser<'a> {
    s: Vec<char>,
    i: usize,
    depth: usize,
    groups: usize,
    names: &'a mut Vec<(String, usize)>,
    /// The pattern's flags (given and global inline), as sre_parse's state.flags.
    state: u32,
    /// The flags in force at the parse position (re.UNICODE added unless re.ASCII).
    cur: u32,
}

fn fixed(f: u32) -> u32 {
    if f & FLAG_A != 0 { f } else { f | FLAG_U }
}

fn flag_bit(c: Option<char>) -> Option<u32> {
    Some(match c? {
        'i' => FLAG_I,
        'm' => FLAG_M,
        's' => FLAG_S,
        'x' => FLAG_X,
        'a' => FLAG_A,
        'u' => FLAG_U,
        _ => return None,
    })
}

fn hex_value(c: char) -> Option<u32> {
    c.to_digit(16)
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    /// sre's charset and literal handling under re.IGNORECASE differs outside the BMP: refused.
    fn check_foldable(&self, c: char) -> R<()> {
        if self.cur & FLAG_I != 0 && c as u32 > 0xFFFF {
            return fail("re: a character outside the BMP under re.IGNORECASE");
        }
        Ok(())
    }

    /// Under re.VERBOSE: whitespace and `#` comments before an item.
    fn skip_verbose(&mut self) {
        if self.cur & FLAG_X == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if c == ' ' || ('\t'..='\r').contains(&c) {
                self.i += 1;
            } else if c == '#' {
                while self.peek().map_or(false, |c| c != '\n') {
                    self.i += 1;
                }
            } else {
                break;
            }
        }
    }

    /// sre_parse._parse_flags after `(?`: Some((add, del)) for scoped flags, None (after adding
    /// them to the pattern's) for global ones; invalid forms, 'L' and 't' fall back.
    fn parse_flags(&mut self) -> R<Option<(u32, u32)>> {
        let bad = || fail("re: invalid pattern (bad inline flags)");
        let (mut add, mut del) = (0u32, 0u32);
        if self.peek() != Some('-') {
            loop {
                let bit = match flag_bit(self.peek()) {
                    Some(b) => b,
                    None => return bad(),
                };
                self.i += 1;
                add |= bit;
                if bit & TYPE_FLAGS != 0 && add & TYPE_FLAGS != bit {
                    return bad();
                }
                match self.peek() {
                    None => return bad(),
                    Some(')') | Some('-') | Some(':') => break,
                    _ => {}
                }
            }
        }
        if self.peek() == Some(')') {
            self.i += 1;
            self.state |= add;
            return Ok(None);
        }
        if self.peek() == Some('-') {
            self.i += 1;
            loop {
                let bit = match flag_bit(self.peek()) {
                    Some(b) if b & TYPE_FLAGS == 0 => b,
                    _ => return bad(),
                };
                self.i += 1;
                del |= bit;
                match self.peek() {
                    None => return bad(),
                    Some(':') => break,
                    _ => {}
                }
            }
        }
        self.i += 1; // ':'
        if add & del != 0 {
            return bad();
        }
        Ok(Some((add, del)))
    }

    fn parse_alt(&mut self) -> R<Node> {
        self.parse_alt_top(false)
    }

    fn parse_alt_top(&mut self, top: bool) -> R<Node> {
        self.depth += 1;
        if self.depth > 100 {
            return fail("re: pattern nested too deeply");
        }
        let first = self.parse_seq(top)?;
        if self.peek() != Some('|') {
            self.depth -= 1;
            return Ok(first);
        }
        let mut kids = vec![first];
        while self.peek() == Some('|') {
            self.i += 1;
            kids.push(self.parse_seq(false)?);
        }
        self.depth -= 1;
        Ok(Node::Alt(kids))
    }

    /// After `{`: a quantifier per sre_parse, or None (position unchanged) for a literal `{`.
    fn braces(&mut self) -> R<Option<(usize, usize)>> {
        let here = self.i;
        if self.peek() == Some('}') {
            return Ok(None);
        }
        let mut lo = String::new();
        while let Some(c) = self.peek().filter(|c| c.is_ascii_digit()) {
            lo.push(c);
            self.i += 1;
        }
        let hi;
        if self.peek() == Some(',') {
            self.i += 1;
            let mut h = String::new();
            while let Some(c) = self.peek().filter(|c| c.is_ascii_digit()) {
                h.push(c);
                self.i += 1;
            }
            hi = h;
        } else {
            hi = lo.clone();
        }
        if self.peek() != Some('}') {
            self.i = here;
            return Ok(None);
        }
        self.i += 1;
        let num = |d: &str| -> R<usize> {
            if d.len() > 5 {
                return fail("re: repeat count too large");
            }
            Ok(d.parse::<usize>().unwrap_or(0))
        };
        let min = if lo.is_empty() { 0 } else { num(&lo)? };
        let max = if hi.is_empty() { UNBOUNDED } else { num(&hi)? };
        if max != UNBOUNDED && max < min {
            return fail("re: invalid pattern (min repeat greater than max repeat)");
        }
        if min > 10000 || (max != UNBOUNDED && max > 10000) {
            return fail("re: repeat count too large");
        }
        Ok(Some((min, max)))
    }

    /// One branch; `first`: the pattern's first, where global flags may stand before any item.
    fn parse_seq(&mut self, first: bool) -> R<Node> {
        let mut seq: Vec<Node> = Vec::new();
        loop {
            self.skip_verbose();
            let c = match self.peek() {
                None | Some('|') | Some(')') => break,
                Some(c) => c,
            };
            self.i += 1;
            let rep = match c {
                '*' => Some((0, UNBOUNDED)),
                '+' => Some((1, UNBOUNDED)),
                '?' => Some((0, 1)),
                '{' => match self.braces()? {
                    Some(r) => Some(r),
                    None => {
                        seq.push(Node::Char('{', self.cur));
                        continue;
                    }
                },
                _ => None,
            };
            if let Some((min, max)) = rep {
                let last = match seq.pop() {
                    None => return fail("re: invalid pattern (nothing to repeat)"),
                    Some(l) => l,
                };
                if matches!(last, Node::Repeat { .. }) {
                    return fail("re: invalid pattern (multiple repeat)");
                }
                if !(last.single() || matches!(last, Node::Group(..) | Node::Concat(_) | Node::Alt(_))) {
                    return fail("re: invalid pattern (nothing to repeat)");
                }
                let mut greedy = true;
                if self.peek() == Some('?') {
                    self.i += 1;
                    greedy = false;
                } else if self.peek() == Some('+') {
                    return fail("re: possessive repeat");
                }
                if last.nullable() && last.has_group() {
                    return fail("re: a repeated group that can match the empty string");
                }
                seq.push(Node::Repeat { kid: Box::new(last), min, max, greedy });
                continue;
            }
            if let Some(atom) = self.parse_atom(c, first && seq.is_empty())? {
                seq.push(atom);
            }
        }
        Ok(Node::Concat(seq))
    }

    fn hex_escape(&mut self, digits: usize) -> R<char> {
        let mut v: u32 = 0;
        for _ in 0..digits {
            match self.peek().and_then(hex_value) {
                Some(h) => {
                    v = v * 16 + h;
                    self.i += 1;
                }
                None => return fail("re: invalid pattern (incomplete escape)"),
            }
        }
        match char::from_u32(v) {
            Some(c) => Ok(c),
            // Surrogates (and values past U+10FFFF) cannot occur in the compiled runtime's strs.
            None => fail("re: escape of a surrogate or out of range"),
        }
    }

    fn char_escape(&mut self, e: char, in_class: bool) -> R<Option<char>> {
        Ok(Some(match e {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            '\\' => '\\',
            'b' if in_class => '\x08',
            'x' => self.hex_escape(2)?,
            'u' => self.hex_escape(4)?,
            'U' => self.hex_escape(8)?,
            _ => return Ok(None),
        }))
    }

    fn category(e: char) -> Option<Category> {
        Some(match e {
            'd' => Category::Digit,
            'D' => Category::NotDigit,
            's' => Category::Space,
            'S' => Category::NotSpace,
            'w' => Category::Word,
            'W' => Category::NotWord,
            _ => return None,
        })
    }

    /// One item starting with `c`; None for global flags, allowed only `at_start`.
    fn parse_atom(&mut self, c: char, at_start: bool) -> R<Option<Node>> {
        let f = self.cur;
        match c {
            '.' => Ok(Some(Node::Any(f))),
            '^' => Ok(Some(Node::Begin(f))),
            '$' => Ok(Some(Node::End(f))),
            '[' => self.parse_class().map(Some),
            '(' => self.parse_group(at_start),
            '\\' => {
                let e = match self.peek() {
                    None => return fail("re: invalid pattern (bad escape at end)"),
                    Some(e) => e,
                };
                self.i += 1;
                match e {
                    'A' => return Ok(Some(Node::StrBegin)),
                    'Z' => return Ok(Some(Node::StrEnd)),
                    'b' => return Ok(Some(Node::Boundary(f))),
                    'B' => return Ok(Some(Node::NonBoundary(f))),
                    _ => {}
                }
                if let Some(k) = Self::category(e) {
                    return Ok(Some(Node::Class { ranges: vec![], cats: vec![k], negate: false, flags: f }));
                }
                if let Some(ch) = self.char_escape(e, false)? {
                    self.check_foldable(ch)?;
                    return Ok(Some(Node::Char(ch, f)));
                }
                if e.is_ascii_alphanumeric() {
                    return fail("re: backreferences, octal or bad escapes");
                }
                self.check_foldable(e)?;
                Ok(Some(Node::Char(e, f)))
            }
            _ => {
                self.check_foldable(c)?;
                Ok(Some(Node::Char(c, f)))
            }
        }
    }

    fn parse_group(&mut self, at_start: bool) -> R<Option<Node>> {
        let mut index = 0;
        let mut capturing = true;
        let saved = self.cur;
        if self.peek() == Some('?') {
            self.i += 1;
            let k = self.peek();
            let next = self.s.get(self.i + 1).copied();
            if k == Some(':') {
                self.i += 1;
                capturing = false;
            } else if flag_bit(k).is_some() || k == Some('-') {
                match self.parse_flags()? {
                    None => {
                        if !at_start {
                            return fail("re: invalid pattern (global flags not at the start of the expression)");
                        }
                        self.cur = fixed(self.state);
                        return Ok(None);
                    }
                    Some((add, del)) => {
                        // sre_compile._combine_flags for the group's contents.
                        let mut f = self.cur;
                        if add & TYPE_FLAGS != 0 {
                            f &= !TYPE_FLAGS;
                        }
                        self.cur = (f | add) & !del;
                        capturing = false;
                    }
                }
            } else if k == Some('P') && next == Some('<') {
                self.i += 2;
                let mut name = String::new();
                loop {
                    match self.peek() {
                        None => return fail("re: invalid pattern (bad group name)"),
                        Some('>') => break,
                        Some(n) => {
                            let ok = n == '_' || n.is_ascii_alphabetic() || (!name.is_empty() && n.is_ascii_digit());
                            if !ok {
                                return fail("re: group name other than an ASCII identifier");
                            }
                            name.push(n);
                            self.i += 1;
                        }
                    }
                }
                if name.is_empty() {
                    return fail("re: invalid pattern (bad group name)");
                }
                self.i += 1;
                if self.names.iter().any(|(n, _)| *n == name) {
                    return fail("re: invalid pattern (redefinition of group name)");
                }
                self.groups += 1;
                index = self.groups;
                self.names.push((name, index));
            } else {
                return fail("re: (?...) extension other than (?:...) and (?P<name>...)");
            }
        } else {
            self.groups += 1;
            index = self.groups;
        }
        let inner = self.parse_alt()?;
        self.cur = saved;
        if self.peek() != Some(')') {
            return fail("re: invalid pattern (missing ))");
        }
        self.i += 1;
        if !capturing {
            return Ok(Some(match inner {
                Node::Concat(_) | Node::Alt(_) => inner,
                other => Node::Concat(vec![other]),
            }));
        }
        Ok(Some(Node::Group(index, Box::new(inner))))
    }

    /// One set item: Ok(Err(category)) or Ok(Ok(char)).
    fn class_item(&mut self, c: char, empty: bool) -> R<Result<char, Category>> {
        if c == '\\' {
            let e = match self.peek() {
                None => return fail("re: invalid pattern (unterminated character set)"),
                Some(e) => e,
            };
            self.i += 1;
            if let Some(k) = Self::category(e) {
                return Ok(Err(k));
            }
            if let Some(ch) = self.char_escape(e, true)? {
                return Ok(Ok(ch));
            }
            if e.is_ascii_alphanumeric() {
                return fail("re: octal or bad escape in a set");
            }
            return Ok(Ok(e));
        }
        if c == '[' {
            return fail("re: '[' inside a set");
        }
        if !empty && matches!(c, '-' | '&' | '~' | '|') && self.peek() == Some(c) {
            return fail("re: set operations CPython warns about");
        }
        Ok(Ok(c))
    }

    fn parse_class(&mut self) -> R<Node> {
        if self.peek() == Some('[') {
            return fail("re: nested sets");
        }
        let mut negate = false;
        if self.peek() == Some('^') {
            self.i += 1;
            negate = true;
        }
        let mut ranges = Vec::new();
        let mut cats = Vec::new();
        let mut empty = true;
        loop {
            let c = match self.peek() {
                None => return fail("re: invalid pattern (unterminated character set)"),
                Some(c) => c,
            };
            self.i += 1;
            if c == ']' && !empty {
                break;
            }
            let item = self.class_item(c, empty)?;
            empty = false;
            if self.peek() == Some('-') {
                self.i += 1;
                let t = match self.peek() {
                    None => return fail("re: invalid pattern (unterminated character set)"),
                    Some(t) => t,
                };
                self.i += 1;
                if t == ']' {
                    match item {
                        Ok(ch) => {
                            self.check_foldable(ch)?;
                            ranges.push((ch, ch))
                        }
                        Err(k) => cats.push(k),
                    }
                    ranges.push(('-', '-'));
                    break;
                }
                if t == '-' {
                    return fail("re: set operations CPython warns about");
                }
                let item2 = self.class_item(t, false)?;
                match (item, item2) {
                    (Ok(a), Ok(b)) if a <= b => {
                        self.check_foldable(b)?;
                        ranges.push((a, b))
                    }
                    _ => return fail("re: invalid pattern (bad character range)"),
                }
                continue;
            }
            match item {
                Ok(ch) => {
                    self.check_foldable(ch)?;
                    ranges.push((ch, ch))
                }
                Err(k) => cats.push(k),
            }
        }
        Ok(Node::Class { ranges, cats, negate, flags: self.cur })
    }
}

impl Pattern {
    /// Parse a str pattern like sre_parse; constructs outside the subset and invalid patterns
    /// fall back.
    pub fn compile(source: &str) -> R<Pattern> {
        Self::compile_with_flags(source, 0)
    }

    /// Parse with the sre flags `flags` (re.compile's argument): IGNORECASE, MULTILINE, DOTALL,
    /// UNICODE, VERBOSE, ASCII; others, ASCII with UNICODE and characters outside the BMP under
    /// IGNORECASE fall back.
    pub fn compile_with_flags(source: &str, flags: u32) -> R<Pattern> {
        if flags & !SUPPORTED_FLAGS != 0 {
            return fail("re: flags other than IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, UNICODE");
        }
        let mut names = Vec::new();
        let mut p = Parser {
            s: source.chars().collect(),
            i: 0,
            depth: 0,
            groups: 0,
            names: &mut names,
            state: flags,
            cur: fixed(flags),
        };
        let root = p.parse_alt_top(true)?;
        if p.i < p.s.len() {
            return fail("re: invalid pattern (unbalanced parenthesis)");
        }
        if p.state & FLAG_A != 0 && p.state & FLAG_U != 0 {
            return fail("re: ASCII and UNICODE flags are incompatible");
        }
        let groups = p.groups;
        let flags = fixed(p.state);
        Ok(Pattern { root, groups, flags, names })
    }

    /// Number of capturing groups.
    pub fn groups(&self) -> usize {
        self.groups
    }

    /// CPython's `Pattern.flags`: the given and global inline flags, with UNICODE unless ASCII.
    pub fn flags(&self) -> u32 {
        self.flags
    }

    /// The named groups as (name, index), in index order (`Pattern.groupindex`).
    pub fn group_names(&self) -> &[(String, usize)] {
        &self.names
    }

    /// Index of the group called `name`, if any.
    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, i)| i)
    }

    /// sre's search from `from` (code points); with `must_advance` a match starting at `from`
    /// must not be empty. Fills `caps` on success.
    pub fn search(&self, s: &[char], from: usize, must_advance: bool, caps: &mut Captures) -> R<bool> {
        let mut m = Matcher { s, caps: Vec::new(), steps: 0, depth: 0 };
        for start in from..=s.len() {
            m.caps = vec![-1; 2 * (self.groups + 1) + 1];
            let reject = must_advance && start == from;
            let hit = m.m(&self.root, start, &mut |mm: &mut Matcher, end| {
                if reject && end == start {
                    return Ok(false);
                }
                mm.caps[0] = start as i64;
                mm.caps[1] = end as i64;
                Ok(true)
            })?;
            if hit {
                *caps = std::mem::take(&mut m.caps);
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// A match starting at `start` (re.match); with `full` it must end at the end (fullmatch).
    pub fn match_at(&self, s: &[char], start: usize, full: bool, caps: &mut Captures) -> R<bool> {
        let mut m = Matcher { s, caps: vec![-1; 2 * (self.groups + 1) + 1], steps: 0, depth: 0 };
        let n = s.len();
        let hit = m.m(&self.root, start, &mut |mm: &mut Matcher, end| {
            if full && end != n {
                return Ok(false);
            }
            mm.caps[0] = start as i64;
            mm.caps[1] = end as i64;
            Ok(true)
        })?;
        if hit {
            *caps = std::mem::take(&mut m.caps);
        }
        Ok(hit)
    }
}

const MAX_STEPS: usize = 2_000_000;
const MAX_DEPTH: usize = 20_000;

type Cont<'c, 's> = dyn FnMut(&mut Matcher<'s>, usize) -> R<bool> + 'c;

struct Matcher<'s> {
    s: &'s [char],
    caps: Captures,
    steps: usize,
    depth: usize,
}

impl<'s> Matcher<'s> {
    fn step(&mut self) -> R<()> {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return fail("re: matching took too many steps");
        }
        Ok(())
    }

    fn boundary(&self, pos: usize, flags: u32) -> bool {
        let that = pos > 0 && word_char(self.s[pos - 1], flags);
        let this = pos < self.s.len() && word_char(self.s[pos], flags);
        that != this
    }

    fn m(&mut self, n: &Node, pos: usize, k: &mut Cont<'_, 's>) -> R<bool> {
        self.step()?;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return fail("re: matching recursed too deeply");
        }
        let r = self.m_inner(n, pos, k);
        self.depth -= 1;
        r
    }

    fn m_inner(&mut self, n: &Node, pos: usize, k: &mut Cont<'_, 's>) -> R<bool> {
        let len = self.s.len();
        match n {
            Node::Char(..) | Node::Any(_) | Node::Class { .. } => {
                if pos < len && n.matches_char(self.s[pos]) {
                    k(self, pos + 1)
                } else {
                    Ok(false)
                }
            }
            Node::Begin(f) => {
                let at = if f & FLAG_M != 0 { pos == 0 || self.s[pos - 1] == '\n' } else { pos == 0 };
                if at { k(self, pos) } else { Ok(false) }
            }
            Node::StrBegin => if pos == 0 { k(self, pos) } else { Ok(false) },
            Node::End(f) => {
                let at = if f & FLAG_M != 0 {
                    pos == len || self.s[pos] == '\n'
                } else {
                    pos == len || (pos + 1 == len && self.s[pos] == '\n')
                };
                if at { k(self, pos) } else { Ok(false) }
            }
            Node::StrEnd => if pos == len { k(self, pos) } else { Ok(false) },
            Node::Boundary(f) => if len != 0 && self.boundary(pos, *f) { k(self, pos) } else { Ok(false) },
            Node::NonBoundary(f) => if len != 0 && !self.boundary(pos, *f) { k(self, pos) } else { Ok(false) },
            Node::Group(g, kid) => {
                let g = *g;
                self.m(kid, pos, &mut |mm: &mut Matcher<'s>, end| {
                    let last = mm.caps.len() - 1;
                    let (os, oe, ol) = (mm.caps[2 * g], mm.caps[2 * g + 1], mm.caps[last]);
                    mm.caps[2 * g] = pos as i64;
                    mm.caps[2 * g + 1] = end as i64;
                    mm.caps[last] = g as i64; // sre's lastindex: the group closed last
                    if k(mm, end)? {
                        return Ok(true);
                    }
                    mm.caps[2 * g] = os;
                    mm.caps[2 * g + 1] = oe;
                    mm.caps[last] = ol;
                    Ok(false)
                })
            }
            Node::Alt(kids) => {
                for a in kids {
                    if self.m(a, pos, k)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Node::Concat(kids) => self.seq(kids, pos, k),
            Node::Repeat { kid, min, max, greedy } => {
                if kid.single() {
                    self.repeat_single(kid, *min, *max, *greedy, pos, k)
                } else {
                    self.repeat(kid, *min, *max, *greedy, 0, pos, None, k)
                }
            }
        }
    }

    fn seq(&mut self, kids: &[Node], pos: usize, k: &mut Cont<'_, 's>) -> R<bool> {
        match kids.len() {
            0 => k(self, pos),
            1 => self.m(&kids[0], pos, k),
            _ => self.m(&kids[0], pos, &mut |mm: &mut Matcher<'s>, p| mm.seq(&kids[1..], p, k)),
        }
    }

    fn repeat_single(&mut self, kid: &Node, min: usize, max: usize, greedy: bool, pos: usize, k: &mut Cont<'_, 's>) -> R<bool> {
        let mut avail = 0;
        while pos + avail < self.s.len() && avail < max && kid.matches_char(self.s[pos + avail]) {
            avail += 1;
        }
        if avail < min {
            return Ok(false);
        }
        if greedy {
            let mut cnt = avail + 1;
            while cnt > min {
                cnt -= 1;
                self.step()?;
                if k(self, pos + cnt)? {
                    return Ok(true);
                }
            }
        } else {
            for cnt in min..=avail {
                self.step()?;
                if k(self, pos + cnt)? {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// A general repeat at sre's MAX_UNTIL / MIN_UNTIL after `count` iterations at `pos`;
    /// `last` is where the last iteration at or past the minimum started (None: none yet). Below
    /// the minimum an iteration is required (and may be empty); past it sre starts no new iteration
    /// where the last one started (an empty iteration is accepted and ends the repetition), greedy
    /// trying one more iteration before the continuation, lazy the other way round.
    #[allow(clippy::too_many_arguments)]
    fn repeat(&mut self, kid: &Node, min: usize, max: usize, greedy: bool, count: usize, pos: usize, last: Option<usize>, k: &mut Cont<'_, 's>) -> R<bool> {
        if count < min {
            return self.m(kid, pos, &mut |mm: &mut Matcher<'s>, p| mm.repeat(kid, min, max, greedy, count + 1, p, last, k));
        }
        let can_more = count < max && last != Some(pos);
        if !greedy && k(self, pos)? {
            return Ok(true);
        }
        if can_more {
            let more = self.m(kid, pos, &mut |mm: &mut Matcher<'s>, p| {
                mm.repeat(kid, min, max, greedy, count + 1, p, Some(pos), k)
            })?;
            if more {
                return Ok(true);
            }
        }
        if greedy {
            return k(self, pos);
        }
        Ok(false)
    }
}
