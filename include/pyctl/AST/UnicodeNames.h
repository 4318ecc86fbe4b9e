//===- UnicodeNames.h - Names of \N{...} escapes ------------*- C++ -*-===//
//
// The Unicode character names a `\N{NAME}` escape in a str literal may use,
// resolved as CPython 3.11 resolves them (Objects/unicodeobject.c calls
// unicodedata's _getcode without named sequences), from a table
// utils/gen_unicode_names.py generates into the build directory from
// CPython's own unicodedata (Unicode 14.0.0).
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_UNICODENAMES_H
#define PYCTL_AST_UNICODENAMES_H

#include <cstdint>
#include <optional>
#include <string_view>

namespace pyctl {

/// The code point CPython 3.11's `\N{Name}` gives, or std::nullopt for a name
/// it does not know (its SyntaxError "unknown Unicode character name"):
/// character names and formal name aliases ("LINE FEED", "NBSP") match with
/// ASCII letters in either case; "HANGUL SYLLABLE ..." names and
/// "CJK UNIFIED IDEOGRAPH-" followed by 4 or 5 upper-case hex digits of a
/// unified ideograph match exactly; named sequences never match.
std::optional<uint32_t> lookupUnicodeName(std::string_view Name);

/// Whether the table holds the name aliases (the generator found
/// NameAliases.txt). Without them a name lookupUnicodeName does not know may
/// still be an alias CPython accepts, so the front end must refuse it as
/// unsupported rather than report CPython's SyntaxError.
bool unicodeNamesHaveAliases();

} // namespace pyctl

#endif
