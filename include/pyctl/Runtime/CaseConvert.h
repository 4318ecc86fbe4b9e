//===- CaseConvert.h - CPython's case methods of str ------------*- C++ -*-===//
//
// str.lower(), str.upper(), str.capitalize(), str.title(), str.swapcase(),
// str.casefold() and str.istitle() of any text, with CPython 3.11's rules
// (do_lower, do_upper, do_capitalize, do_title, do_swapcase, do_casefold,
// unicode_istitle_impl in Objects/unicodeobject.c): full case mappings (a
// character may become several), title case for the first character of a word,
// and the final-sigma rule for GREEK CAPITAL LETTER SIGMA (handle_capital_sigma).
// The character data are the generated tables of Unicode.h
// (utils/gen_unicode_printable.py), the same definitions the Rust runtime's
// case_convert reads.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_CASECONVERT_H
#define PYCTL_RUNTIME_CASECONVERT_H

#include <string>
#include <string_view>

namespace pyctl::caseconv {

/// S.lower() of the UTF-8 text \p S: each character's full lowercase mapping;
/// a capital sigma becomes final 'ς' when a cased character precedes it and
/// none follows it (case-ignorable characters skipped both ways), else 'σ'.
std::string lower(std::string_view S);
/// S.upper(): each character's full uppercase mapping ('ß' gives 'SS').
std::string upper(std::string_view S);
/// S.capitalize() as CPython 3.8+ does it: the first character in title case
/// ('ǆ' gives 'ǅ'), the others as lower() maps them (final sigma included).
std::string capitalize(std::string_view S);
/// S.title(): a character that follows a cased character as lower() maps it,
/// any other by its full titlecase mapping ('ß' gives 'Ss'); whether the
/// previous character is cased is judged on the input text.
std::string title(std::string_view S);
/// S.swapcase(): Uppercase characters as lower() maps them (final sigma
/// included), Lowercase ones by their full uppercase mapping, all others
/// unchanged (titlecase letters such as 'ǅ' stay as they are).
std::string swapcase(std::string_view S);
/// S.casefold(): each character's full case folding (CPython's do_casefold
/// with _PyUnicode_ToFoldedFull; 'ß' gives 'ss', 'Σ' always 'σ': no
/// context rule).
std::string casefold(std::string_view S);
/// S.istitle(): CPython's unicode_istitle_impl. A one-character string is
/// title when it is Uppercase or titlecase (Lt); otherwise each uppercase or
/// titlecase character must follow an uncased one, each lowercase character
/// a cased one, and there must be at least one cased character.
bool istitle(std::string_view S);

} // namespace pyctl::caseconv

#endif // PYCTL_RUNTIME_CASECONVERT_H
