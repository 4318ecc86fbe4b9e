//! pyctl's own backtracking engine for the subset of Python's `re` pyctl supports, matching
//! CPython 3.11's `sre` exactly on str patterns (the C++ evaluator has the same engine,
//! `lib/Runtime/Regex.cpp`): literals and escapes, `.`, classes `[...]`, `\d \D \w \W \s \S` with
//! sre's Unicode definitions (`str.isdecimal`, `str.isalnum() or '_'`, `str.isspace`), greedy and
//! lazy repeats, capturing, non-capturing and named groups, alternation tried left to right and
//! the anchors `^ $ \A \Z \b \B`, without flags. Anything else (and every invalid pattern) falls
//! back. The `regex` crate is not used: its classes and leftmost-first semantics differ from sre.

use crate::fallback::{fail, Fallback};
use crate::unicode_printable::in_ranges;
use crate::unicode_regex::{DECIMAL_RANGES, SPACE_RANGES, WORD_RANGES};

type R<T> = Result<T, Fallback>;

/// sre's `\w` for str patterns: `c.isalnum() or c == '_'`.
pub fn is_word(c: char) -> bool {
    in_ranges(WORD_RANGES, c)
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

fn in_category(k: Category, c: char) -> bool {
    match k {
        Category::Digit => in_ranges(DECIMAL_RANGES, c),
        Category::NotDigit => !in_ranges(DECIMAL_RANGES, c),
        Category::Space => in_ranges(SPACE_RANGES, c),
        Category::NotSpace => !in_ranges(SPACE_RANGES, c),
        Category::Word => is_word(c),
        Category::NotWord => !is_word(c),
    }
}

#[derive(Debug)]
enum Node {
    Char(char),
    Any,
    Class { ranges: Vec<(char, char)>, cats: Vec<Category>, negate: bool },
    Begin,
    End,
    StrEnd,
    Boundary,
    NonBoundary,
    Group(usize, Box<Node>),
    Alt(Vec<Node>),
    Concat(Vec<Node>),
    Repeat { kid: Box<Node>, min: usize, max: usize, greedy: bool },
}

const UNBOUNDED: usize = usize::MAX;

impl Node {
    fn single(&self) -> bool {
        matches!(self, Node::Char(_) | Node::Any | Node::Class { .. })
    }
    fn matches_char(&self, c: char) -> bool {
        match self {
            Node::Char(x) => *x == c,
            Node::Any => c != '\n',
            Node::Class { ranges, cats, negate } => {
                let hit = ranges.iter().any(|&(lo, hi)| c >= lo && c <= hi)
                    || cats.iter().any(|&k| in_category(k, c));
                hit != *negate
            }
            _ => false,
        }
    }
    fn nullable(&self) -> bool {
        match self {
            Node::Char(_) | Node::Any | Node::Class { .. } => false,
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
    names: Vec<(String, usize)>,
}

/// Capture offsets in code points: group i at `[2i]`, `[2i+1]`; -1 when unset.
pub type Captures = Vec<i64>;

struct Parser<'a> {
    s: Vec<char>,
    i: usize,
    depth: usize,
    groups: usize,
    names: &'a mut Vec<(String, usize)>,
}

fn hex_value(c: char) -> Option<u32> {
    c.to_digit(16)
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    fn parse_alt(&mut self) -> R<Node> {
        self.depth += 1;
        if self.depth > 100 {
            return fail("re: pattern nested too deeply");
        }
        let first = self.parse_seq()?;
        if self.peek() != Some('|') {
            self.depth -= 1;
            return Ok(first);
        }
        let mut kids = vec![first];
        while self.peek() == Some('|') {
            self.i += 1;
            kids.push(self.parse_seq()?);
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

    fn parse_seq(&mut self) -> R<Node> {
        let mut seq: Vec<Node> = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            self.i += 1;
            let rep = match c {
                '*' => Some((0, UNBOUNDED)),
                '+' => Some((1, UNBOUNDED)),
                '?' => Some((0, 1)),
                '{' => match self.braces()? {
                    Some(r) => Some(r),
                    None => {
                        seq.push(Node::Char('{'));
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
            let atom = self.parse_atom(c)?;
            seq.push(atom);
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

    fn parse_atom(&mut self, c: char) -> R<Node> {
        match c {
            '.' => Ok(Node::Any),
            '^' => Ok(Node::Begin),
            '$' => Ok(Node::End),
            '[' => self.parse_class(),
            '(' => self.parse_group(),
            '\\' => {
                let e = match self.peek() {
                    None => return fail("re: invalid pattern (bad escape at end)"),
                    Some(e) => e,
                };
                self.i += 1;
                match e {
                    'A' => return Ok(Node::Begin),
                    'Z' => return Ok(Node::StrEnd),
                    'b' => return Ok(Node::Boundary),
                    'B' => return Ok(Node::NonBoundary),
                    _ => {}
                }
                if let Some(k) = Self::category(e) {
                    return Ok(Node::Class { ranges: vec![], cats: vec![k], negate: false });
                }
                if let Some(ch) = self.char_escape(e, false)? {
                    return Ok(Node::Char(ch));
                }
                if e.is_ascii_alphanumeric() {
                    return fail("re: backreferences, octal or bad escapes");
                }
                Ok(Node::Char(e))
            }
            _ => Ok(Node::Char(c)),
        }
    }

    fn parse_group(&mut self) -> R<Node> {
        let mut index = 0;
        let mut capturing = true;
        if self.peek() == Some('?') {
            self.i += 1;
            let k = self.peek();
            let next = self.s.get(self.i + 1).copied();
            if k == Some(':') {
                self.i += 1;
                capturing = false;
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
        if self.peek() != Some(')') {
            return fail("re: invalid pattern (missing ))");
        }
        self.i += 1;
        if !capturing {
            return Ok(match inner {
                Node::Concat(_) | Node::Alt(_) => inner,
                other => Node::Concat(vec![other]),
            });
        }
        Ok(Node::Group(index, Box::new(inner)))
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
                        Ok(ch) => ranges.push((ch, ch)),
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
                    (Ok(a), Ok(b)) if a <= b => ranges.push((a, b)),
                    _ => return fail("re: invalid pattern (bad character range)"),
                }
                continue;
            }
            match item {
                Ok(ch) => ranges.push((ch, ch)),
                Err(k) => cats.push(k),
            }
        }
        Ok(Node::Class { ranges, cats, negate })
    }
}

impl Pattern {
    /// Parse a str pattern like sre_parse; constructs outside the subset and invalid patterns
    /// fall back.
    pub fn compile(source: &str) -> R<Pattern> {
        let mut names = Vec::new();
        let mut p = Parser { s: source.chars().collect(), i: 0, depth: 0, groups: 0, names: &mut names };
        let root = p.parse_alt()?;
        if p.i < p.s.len() {
            return fail("re: invalid pattern (unbalanced parenthesis)");
        }
        let groups = p.groups;
        Ok(Pattern { root, groups, names })
    }

    /// Number of capturing groups.
    pub fn groups(&self) -> usize {
        self.groups
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
            m.caps = vec![-1; 2 * (self.groups + 1)];
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
        let mut m = Matcher { s, caps: vec![-1; 2 * (self.groups + 1)], steps: 0, depth: 0 };
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

    fn boundary(&self, pos: usize) -> bool {
        let that = pos > 0 && is_word(self.s[pos - 1]);
        let this = pos < self.s.len() && is_word(self.s[pos]);
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
            Node::Char(_) | Node::Any | Node::Class { .. } => {
                if pos < len && n.matches_char(self.s[pos]) {
                    k(self, pos + 1)
                } else {
                    Ok(false)
                }
            }
            Node::Begin => if pos == 0 { k(self, pos) } else { Ok(false) },
            Node::End => {
                if pos == len || (pos + 1 == len && self.s[pos] == '\n') {
                    k(self, pos)
                } else {
                    Ok(false)
                }
            }
            Node::StrEnd => if pos == len { k(self, pos) } else { Ok(false) },
            Node::Boundary => if len != 0 && self.boundary(pos) { k(self, pos) } else { Ok(false) },
            Node::NonBoundary => if len != 0 && !self.boundary(pos) { k(self, pos) } else { Ok(false) },
            Node::Group(g, kid) => {
                let g = *g;
                self.m(kid, pos, &mut |mm: &mut Matcher<'s>, end| {
                    let (os, oe) = (mm.caps[2 * g], mm.caps[2 * g + 1]);
                    mm.caps[2 * g] = pos as i64;
                    mm.caps[2 * g + 1] = end as i64;
                    if k(mm, end)? {
                        return Ok(true);
                    }
                    mm.caps[2 * g] = os;
                    mm.caps[2 * g + 1] = oe;
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
                    self.repeat(kid, *min, *max, *greedy, 0, pos, k)
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

    #[allow(clippy::too_many_arguments)]
    fn repeat(&mut self, kid: &Node, min: usize, max: usize, greedy: bool, count: usize, pos: usize, k: &mut Cont<'_, 's>) -> R<bool> {
        if !greedy && count >= min && k(self, pos)? {
            return Ok(true);
        }
        if count < max {
            let more = self.m(kid, pos, &mut |mm: &mut Matcher<'s>, p| {
                if p == pos && count >= min {
                    return Ok(false);
                }
                mm.repeat(kid, min, max, greedy, count + 1, p, k)
            })?;
            if more {
                return Ok(true);
            }
        }
        if greedy && count >= min {
            return k(self, pos);
        }
        Ok(false)
    }
}
