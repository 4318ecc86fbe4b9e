//===- Unicode.h - UTF-8 code points and CPython's Unicode data -*- C++ -*-===//
//
// Python strs are sequences of code points; the runtime stores them as UTF-8.
// Lone surrogates (U+D800..U+DFFF, legal in Python strs) are stored with the
// generalised three-byte UTF-8 encoding, so every Python str has a
// representation and byte order equals code point order.
//
// The character properties come from tables generated from CPython 3.11 by
// utils/gen_unicode_printable.py (lib/Runtime/UnicodePrintable.inc), so they
// agree with the corresponding single-character `str` predicates.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_UNICODE_H
#define PYCTL_RUNTIME_UNICODE_H

#include <cstddef>
#include <string>
#include <string_view>

namespace pyctl::unicode {

/// Decodes the code point starting at byte \p Pos of \p S and advances \p Pos
/// past it. Malformed bytes decode as themselves (one code point U+0080..U+00FF
/// per byte) so that decoding never fails; valid input never produces that.
char32_t decodeNext(std::string_view S, size_t &Pos);
/// Appends the UTF-8 encoding of \p C (surrogates encoded in three bytes).
void appendUTF8(std::string &Out, char32_t C);
/// The code points of \p S.
std::u32string decode(std::string_view S);
/// The UTF-8 text of \p CodePoints.
std::string encode(std::u32string_view CodePoints);
/// Number of code points in \p S (Python's len(str)).
size_t countCodePoints(std::string_view S);
/// True when every byte of \p S is ASCII (then bytes are code points).
bool isASCII(std::string_view S);
/// Byte offset of code point number \p Index in \p S (S.size() when Index is
/// the code point count). \p Index must be at most the code point count.
size_t byteOffset(std::string_view S, size_t Index);

/// str.isprintable() of the one-character string chr(C): false for general
/// categories Cc Cf Cs Co Cn Zl Zp Zs except U+0020.
bool isPrintable(char32_t C);
/// str.isspace() of chr(C) (bidirectional class WS, B or S, or category Zs).
bool isSpace(char32_t C);
/// str.isdecimal() of chr(C) (category Nd).
bool isDecimal(char32_t C);
/// The value 0..9 of a decimal digit (any script), or -1 when not isDecimal.
int decimalValue(char32_t C);
/// str.isdigit() of chr(C).
bool isDigit(char32_t C);
/// str.isnumeric() of chr(C).
bool isNumeric(char32_t C);
/// str.isalpha() of chr(C).
bool isAlpha(char32_t C);
/// str.islower() of the one-character string chr(C).
bool isLower(char32_t C);
/// str.isupper() of the one-character string chr(C).
bool isUpper(char32_t C);
/// True for titlecase letters (general category Lt), CPython's
/// Py_UNICODE_ISTITLE.
bool isTitle(char32_t C);
/// Unicode's Cased property (Lowercase, Uppercase or category Lt), CPython's
/// _PyUnicode_IsCased: str.title() lowers a character after a cased one.
bool isCased(char32_t C);
/// Unicode's Case_Ignorable property, CPython's _PyUnicode_IsCaseIgnorable:
/// the final-sigma rule of str.lower() skips these characters.
bool isCaseIgnorable(char32_t C);
/// CPython's full case mapping chr(C).lower() as UTF-8 (possibly several
/// code points, e.g. 'İ'.lower() == 'i̇'); C itself when unchanged.
std::string toLower(char32_t C);
/// CPython's full case mapping chr(C).upper() as UTF-8 ('ß'.upper() ==
/// 'SS'); C itself when unchanged.
std::string toUpper(char32_t C);
/// CPython's full titlecase mapping (_PyUnicode_ToTitleFull, which is
/// chr(C).title()) as UTF-8 ('ǆ' gives 'ǅ', 'ß' gives 'Ss'); C itself when
/// unchanged.
std::string toTitle(char32_t C);
/// CPython's full case folding chr(C).casefold() (_PyUnicode_ToFoldedFull)
/// as UTF-8 ('ß' gives 'ss', 'ﬁ' gives 'fi'); C itself when unchanged.
std::string toCasefold(char32_t C);
/// str.isidentifier() of chr(C): XID_Start or '_' (the first character of
/// an identifier, CPython's _PyUnicode_ScanIdentifier).
bool isIdentifierStart(char32_t C);
/// XID_Continue: ('a' + chr(C)).isidentifier() (the characters after the
/// first of an identifier).
bool isIdentifierContinue(char32_t C);

} // namespace pyctl::unicode

#endif // PYCTL_RUNTIME_UNICODE_H
