//! `str.capitalize()`, `str.title()`, `str.swapcase()` and `str.lower()` of non-ASCII text with
//! CPython 3.11's rules (`do_capitalize`, `do_title`, `do_swapcase`, `do_lower` in
//! `Objects/unicodeobject.c`): full case mappings, title case for the first character of a word,
//! and the final-sigma rule for GREEK CAPITAL LETTER SIGMA (`handle_capital_sigma`). The tables
//! are `unicode_case`'s, generated from Python 3.11's own data.

use crate::unicode_case::{is_case_ignorable, is_cased, is_lowercase, is_uppercase, push_lower, push_title, push_upper};

const CAPITAL_SIGMA: char = '\u{3a3}';

/// The lowercase of the capital sigma at `chars[i]`: final `ς` when a cased character precedes
/// it and none follows (case-ignorable characters skipped both ways), else `σ`.
fn sigma(chars: &[char], i: usize) -> char {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    let mut final_sigma = before.is_some_and(|&c| is_cased(c));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
        final_sigma = !after.is_some_and(|&c| is_cased(c));
    }
    if final_sigma {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    }
}

/// `lower_ucs4`: `chars[i]`'s lowercase, appended to `out`.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    if chars[i] == CAPITAL_SIGMA {
        out.push(sigma(chars, i));
    } else {
        push_lower(out, chars[i]);
    }
}

/// `s.lower()`.
pub fn lower(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `s.capitalize()`: the first character in title case, the others in lower case.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `s.title()`: a character after a cased one in lower case, any other in title case.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for i in 0..chars.len() {
        if previous_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, chars[i]);
        }
        previous_cased = is_cased(chars[i]);
    }
    out
}

/// `s.swapcase()`: Uppercase characters in lower case, Lowercase ones in upper case, others as
/// they are.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if is_uppercase(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lowercase(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected texts from CPython 3.11.
    #[test]
    fn case_rules() {
        assert_eq!(lower("ΑΣ ΣΑ Σ A'Σ' ΑΣ.Α"), "ας σα σ a'ς' ασ.α");
        assert_eq!(title("ǆemal straße ΣΑΣ o'neil 3rd"), "ǅemal Straße Σας O'Neil 3Rd");
        assert_eq!(capitalize("ǆΑΣ"), "ǅας");
        assert_eq!(capitalize("ﬁx"), "Fix");
        assert_eq!(swapcase("ǅ Straße ΑΣ İ"), "ǅ sTRASSE ας i̇");
    }
}
