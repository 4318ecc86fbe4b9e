//===- PatternObject.h - re.Pattern objects ---------------------*- C++ -*-===//
//
// The value re.compile(pattern, flags) returns: CPython's re.Pattern for a str
// pattern, with the methods search, match, fullmatch, findall,
// finditer, sub, subn and split (the re functions of ReModule.h with this
// pattern: CPython's re.findall(p, s) is re.compile(p).findall(s)), equality
// by pattern text and flags,
// truthiness (always true) and its repr `re.compile('a+', re.IGNORECASE)`. Its
// attributes pattern, groups, flags and groupindex (as a dict, read only where
// the front end lets it: CPython's is a mappingproxy) are read by getAttribute
// (Attributes.h); methods CPython's Pattern has but pyctl lacks (scanner,
// __copy__, ...) stop with UnsupportedError (see Methods.h).
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_RUNTIME_PATTERNOBJECT_H
#define PYCTL_RUNTIME_PATTERNOBJECT_H

#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/Regex.h"
#include "pyctl/Runtime/Value.h"

#include <memory>
#include <string>
#include <string_view>

namespace pyctl {

/// A compiled pattern: its source text (p.pattern) and parsed form.
struct PatternObject {
  std::string Source;                             ///< The pattern str, UTF-8.
  std::shared_ptr<const regex::Pattern> Compiled; ///< Parsed by regex::Pattern::compile.
};

/// True for the Pattern methods callPatternMethod implements: "search",
/// "match", "fullmatch", "findall", "finditer", "sub", "subn", "split".
bool isPatternMethod(std::string_view Name);

/// Calls method \p Name (isPatternMethod) of the pattern \p Self as CPython
/// 3.11: p.search(string), p.match(string), p.fullmatch(string),
/// p.findall(string), p.finditer(string), p.sub(repl, string, count=0),
/// p.subn(repl, string, count=0), p.split(string, maxsplit=0), each giving
/// what re.NAME(p.pattern, ...) gives (see callReFunction), with the same
/// keywords; search, match, fullmatch, findall and finditer also take `pos`
/// and `endpos` (positional or keyword, see callPatternWithBounds). Throws
/// UnsupportedError for more positional arguments than those, for
/// keywords the method does not take (CPython's TypeError is not
/// reproduced), and for whatever callReFunction refuses.
Value callPatternMethod(const Value &Self, std::string_view Name, std::vector<Value> Args,
                        const KeywordArgs &Kwargs);

/// CPython's Pattern equality: same text and same flags (p.flags).
bool samePattern(const PatternObject &A, const PatternObject &B);

/// CPython's repr (and str) of a pattern: `re.compile(R)`, R being the
/// pattern's repr cut to its first 200 code points (CPython's `%.200R`),
/// or `re.compile(R, re.IGNORECASE|re.MULTILINE)` with the names of its
/// flags (in _sre's order IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII;
/// UNICODE, a str pattern's default, is left out).
std::string patternRepr(const PatternObject &P);

} // namespace pyctl

#endif // PYCTL_RUNTIME_PATTERNOBJECT_H
