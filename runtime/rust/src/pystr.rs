//! `PyStr`: the text of a Python `str` value, shared through an `Rc`, with its code point count
//! and an index of code point positions, so that `len(s)` and `s[i]` need not scan the text.
//!
//! A `str` is immutable in Python, and a `PyStr` shared by several values (aliases, list items,
//! dict keys) never changes. Only `push_str` writes, and only into a `PyStr` no one else holds
//! (`Rc::get_mut`); a shared one is copied first. So `s += t` on a str that only `s` refers to
//! appends in place, amortised O(len(t)), as CPython's `unicode_concatenate` resizes a str of
//! reference count one, while `t = s; s += "x"` leaves `t` unchanged.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::rc::Rc;

/// Code points between two entries of `StrData::marks`.
const STRIDE: usize = 32;

#[derive(Clone)]
struct StrData {
    /// The UTF-8 text.
    text: String,
    /// The number of code points; equal to `text.len()` exactly when the text is ASCII.
    chars: usize,
    /// For non-ASCII text: the byte offset of code point `k * STRIDE` for every `k` with
    /// `k * STRIDE < chars`. Empty for ASCII text.
    marks: Vec<usize>,
}

impl StrData {
    /// Appends `tail`, extending the code point count and the marks.
    fn push_str(&mut self, tail: &str) {
        if tail.is_ascii() && self.is_ascii() {
            self.text.push_str(tail);
            self.chars += tail.len();
            return;
        }
        if self.is_ascii() {
            // The text stops being ASCII: mark its ASCII prefix, where code point k is byte k.
            self.marks = (0..self.chars).step_by(STRIDE).collect();
        }
        let base = self.text.len();
        for (offset, _) in tail.char_indices() {
            if self.chars % STRIDE == 0 {
                self.marks.push(base + offset);
            }
            self.chars += 1;
        }
        self.text.push_str(tail);
    }

    fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }
}

/// The text of a `str` value (see the module documentation). It dereferences to `str`; equality,
/// ordering and hashing are those of the text.
#[derive(Clone)]
pub struct PyStr(Rc<StrData>);

impl PyStr {
    /// A `PyStr` owning `text`.
    pub fn new(text: String) -> PyStr {
        let mut data = StrData { text: String::new(), chars: 0, marks: Vec::new() };
        if text.is_ascii() {
            data.chars = text.len();
            data.text = text;
        } else {
            data.push_str(&text);
        }
        PyStr(Rc::new(data))
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.0.text
    }

    /// The number of code points (Python's `len`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.0.chars
    }

    /// True when every code point is below U+0080 (then code point `i` is byte `i`).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.0.is_ascii()
    }

    /// The byte offset of code point `i`, for `i <= char_len()` (`char_len()` gives the length
    /// of the text).
    pub fn byte_offset(&self, i: usize) -> usize {
        let d = &*self.0;
        if d.is_ascii() {
            return i;
        }
        if i >= d.chars {
            return d.text.len();
        }
        let k = i / STRIDE;
        let mut pos = d.marks[k];
        let bytes = d.text.as_bytes();
        for _ in k * STRIDE..i {
            pos += utf8_width(bytes[pos]);
        }
        pos
    }

    /// Code point `i`, for `i < char_len()`.
    pub fn char_at(&self, i: usize) -> char {
        let pos = self.byte_offset(i);
        self.0.text[pos..].chars().next().expect("a code point index below char_len")
    }

    /// The text of code points `start..end` (`start <= end <= char_len()`).
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        &self.0.text[self.byte_offset(start)..self.byte_offset(end)]
    }

    /// Appends `tail`: in place when no other `PyStr` shares this one's text (amortised
    /// O(len(tail))), else into a new copy, so that other holders never see a change.
    pub fn push_str(&mut self, tail: &str) {
        if tail.is_empty() {
            return;
        }
        match Rc::get_mut(&mut self.0) {
            Some(data) => data.push_str(tail),
            None => {
                let mut text = String::with_capacity(self.0.text.len() + tail.len());
                text.push_str(&self.0.text);
                let mut data = StrData {
                    text,
                    chars: self.0.chars,
                    marks: self.0.marks.clone(),
                };
                data.push_str(tail);
                self.0 = Rc::new(data);
            }
        }
    }

    /// True when `a` and `b` are the same Python object.
    #[inline]
    pub fn ptr_eq(a: &PyStr, b: &PyStr) -> bool {
        Rc::ptr_eq(&a.0, &b.0)
    }
}

/// The number of bytes of the UTF-8 sequence that starts with `lead`.
#[inline]
fn utf8_width(lead: u8) -> usize {
    match lead {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

impl Deref for PyStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        &self.0.text
    }
}

impl AsRef<str> for PyStr {
    fn as_ref(&self) -> &str {
        &self.0.text
    }
}

impl Borrow<str> for PyStr {
    fn borrow(&self) -> &str {
        &self.0.text
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        PyStr::new(s.to_owned())
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> PyStr {
        PyStr::new(s)
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        PyStr::ptr_eq(self, other) || self.0.text == other.0.text
    }
}

impl Eq for PyStr {}

impl PartialEq<str> for PyStr {
    fn eq(&self, other: &str) -> bool {
        self.0.text == other
    }
}

impl PartialEq<&str> for PyStr {
    fn eq(&self, other: &&str) -> bool {
        self.0.text == *other
    }
}

impl PartialOrd for PyStr {
    fn partial_cmp(&self, other: &PyStr) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PyStr {
    fn cmp(&self, other: &PyStr) -> std::cmp::Ordering {
        self.0.text.as_bytes().cmp(other.0.text.as_bytes())
    }
}

/// Hashes as the `str` does, so that `Borrow<str>` lookups work.
impl Hash for PyStr {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.0.text.hash(h)
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0.text, f)
    }
}

impl fmt::Display for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.text, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks every index of `s` against a scan of its text.
    fn check(s: &PyStr) {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        assert_eq!(s.char_len(), chars.len());
        assert_eq!(s.is_ascii(), s.as_str().is_ascii());
        for (i, (offset, c)) in chars.iter().enumerate() {
            assert_eq!(s.byte_offset(i), *offset);
            assert_eq!(s.char_at(i), *c);
        }
        assert_eq!(s.byte_offset(chars.len()), s.len());
        for a in 0..=chars.len() {
            for b in a..=chars.len() {
                let want: String = chars[a..b].iter().map(|(_, c)| *c).collect();
                assert_eq!(s.char_slice(a, b), want);
            }
        }
    }

    #[test]
    fn index_of_built_strings() {
        for text in ["", "a", "é", "abc", "aé𝄞z", &"xé".repeat(70), &"𝄞".repeat(65), &"a".repeat(64)] {
            check(&PyStr::from(text));
        }
    }

    #[test]
    fn appends_keep_the_index_exact() {
        let pieces = ["", "a", "é", "bc", "𝄞𝄞", "ü", "xyz", "€"];
        let mut s = PyStr::from("");
        let mut want = String::new();
        for round in 0..120 {
            let p = pieces[round % pieces.len()];
            s.push_str(p);
            want.push_str(p);
            assert_eq!(s.as_str(), want);
            check(&s);
        }
        // ASCII for a long while, then not.
        let mut s = PyStr::from("a".repeat(100));
        s.push_str("é");
        s.push_str(&"b".repeat(40));
        check(&s);
    }

    #[test]
    fn a_shared_str_is_never_changed() {
        let mut s = PyStr::from("abé");
        let t = s.clone();
        s.push_str("x");
        assert_eq!(t.as_str(), "abé");
        assert_eq!(s.as_str(), "abéx");
        assert!(!PyStr::ptr_eq(&s, &t));
        check(&s);
        check(&t);
        // Now unique: appended in place, same object.
        let before = s.as_str().as_ptr();
        s.push_str("");
        assert_eq!(s.as_str().as_ptr(), before);
    }
}
