//===- ReModule.h - The functions of re pyctl implements --------*- C++ -*-===//
//
// `import re`: the functions of CPython's `re` module pyctl supports, on str
// patterns and subjects, with the pattern language of pyctl::regex::Pattern
// (see docs/language.md). The front end spells them as the builtin names
// "re.findall", "re.finditer", "re.sub", "re.subn", "re.split",
// "re.search", "re.match", "re.fullmatch" and "re.compile".
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_RUNTIME_REMODULE_H
#define PYCTL_RUNTIME_REMODULE_H

#include "pyctl/Runtime/Builtins.h"

#include <string_view>

namespace pyctl {

/// True for "re.findall", "re.finditer", "re.sub", "re.subn", "re.split",
/// "re.search", "re.match", "re.fullmatch" and "re.compile".
bool isReFunction(std::string_view Name);

/// Calls \p Name as CPython 3.11 does, with Python 3.7+'s handling of empty
/// matches (an empty match may directly follow a previous match; after an
/// empty match the next match must not be empty at the same place):
/// - re.findall(pattern, string): a list of the matched strs when the pattern
///   has no group, of group 1's text with one group, of tuples of every
///   group's text with more (an unmatched group gives "").
/// - re.sub(pattern, repl, string, count=0): repl a str template with `\1`..
///   `\9`, `\g<N>`, `\g<name>` (an unmatched group gives ""), the escapes
///   `\a \b \f \n \r \t \v \\`, and other non-letter escapes kept as written;
///   count > 0 bounds the replacements.
/// - re.subn(pattern, repl, string, count=0): the tuple (re.sub's result,
///   number of replacements made).
/// - re.finditer(pattern, string, flags=0): a lazy iterator (type name
///   "callable_iterator", Iterator.h) of Match objects, one per match of
///   findall's order, searched only when the iterator is advanced; the
///   pattern is parsed and the arguments checked when finditer is called.
/// - re.split(pattern, string, maxsplit=0): the pieces between matches, each
///   match's groups (None when unmatched) between them; maxsplit > 0 bounds
///   the splits.
/// - re.search(pattern, string, flags=0): a Match object (MatchObject.h) for
///   the leftmost match, or None; re.match(...) one that starts at 0;
///   re.fullmatch(...) one that spans the whole string.
/// - re.compile(pattern, flags=0): a Pattern object (PatternObject.h).
/// Throws UnsupportedError for what pyctl does not model: patterns outside the
/// subset (see regex::Pattern::compile) or invalid ones, non-str patterns,
/// subjects or repl, a callable repl, a repl template that CPython rejects or
/// that has two-digit or octal references, flags that are not an int made of
/// re.IGNORECASE, re.MULTILINE, re.DOTALL, re.VERBOSE, re.ASCII and
/// re.UNICODE (or that CPython rejects: ASCII with UNICODE), negative or
/// huge count/maxsplit, and matches past the engine's budget. The arguments
/// are bound as CPython binds these Python functions' (bindPythonArgs,
/// ArgParse.h): TypeError "search() got an unexpected keyword argument 'zz'",
/// "sub() missing 1 required positional argument: 'string'".
Value callReFunction(std::string_view Name, std::vector<Value> &Args, const KeywordArgs &Kwargs);

/// Pattern.search / match / fullmatch / findall / finditer (\p Method) of the
/// pattern text \p Source compiled with \p Flags (its p.flags) on \p String with CPython's `pos` / `endpos`
/// (either may be null: 0 and len(string)). Both are clamped to
/// [0, len(string)] (m.pos and m.endpos are the clamped values); the subject
/// is seen as if it ended at endpos (`$`, `\Z`, `\b`, `.` and fullmatch stop
/// there, and `\b` never matches when endpos is 0), while `^` and `\A` still
/// mean index 0 and `\b` at pos looks at the character before it. With pos >
/// endpos search and fullmatch give None, findall [] and finditer nothing.
/// Throws UnsupportedError for match with pos > endpos (sre may still match
/// an empty pattern there), a non-int or huge pos / endpos (CPython's
/// TypeError / OverflowError are not reproduced), a non-str string, and what
/// callReFunction refuses.
Value callPatternWithBounds(std::string_view Method, const std::string &Source, unsigned Flags,
                            const Value &String, const Value *Pos, const Value *EndPos);

} // namespace pyctl

#endif
