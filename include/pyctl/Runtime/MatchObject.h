//===- MatchObject.h - re.Match objects -------------------------*- C++ -*-===//
//
// The value re.search, re.match and re.fullmatch return on success: CPython's
// re.Match, with the methods group, groups, groupdict, start, end and span,
// subscription m[g], truthiness (always true), identity equality and its repr
// `<re.Match object; span=(0, 3), match='abc'>`. Positions count code points.
// Its attributes string, pos, endpos, re, lastindex and lastgroup are read by
// getAttribute (Attributes.h); others (regs) and methods CPython's
// Match has but pyctl lacks (expand, __copy__, ...) stop with
// UnsupportedError (see Methods.h).
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_RUNTIME_MATCHOBJECT_H
#define PYCTL_RUNTIME_MATCHOBJECT_H

#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/Regex.h"
#include "pyctl/Runtime/Value.h"

#include <memory>
#include <string>
#include <string_view>

namespace pyctl {

/// One successful match: the subject, its code points, the capture
/// positions (regex::Captures: group i at Caps[2i], Caps[2i+1], -1 when the
/// group did not take part) and the pattern (for its group count and names).
struct MatchObject {
  Value String;                                ///< The subject str (m.string).
  std::shared_ptr<const std::u32string> Text;  ///< Its code points.
  regex::Captures Caps;                        ///< Code point offsets per group.
  std::shared_ptr<const regex::Pattern> Pattern; ///< The pattern matched.
  std::string PatternSource; ///< Its text (m.re.pattern).
  size_t Pos = 0;            ///< Where the search started (m.pos).
  size_t EndPos = 0;         ///< Where the subject was cut (m.endpos).
};

/// True for the Match methods callMatchMethod implements: "group", "groups",
/// "groupdict", "start", "end", "span".
bool isMatchMethod(std::string_view Name);

/// Calls method \p Name (isMatchMethod) of the match \p Self as CPython 3.11:
/// - group(*g): no argument is group 0; one gives the group's text (None
///   when it did not take part); several give a tuple;
/// - groups(default=None), groupdict(default=None): every group (named
///   groups, in index order, for groupdict), `default` for those that did not
///   take part;
/// - start(g=0), end(g=0), span(g=0): code point offsets, -1 / (-1, -1) for
///   a group that did not take part.
/// A group is an int (bool included) from 0 to the group count, or a group's
/// name; anything else, out of range, or an unknown name raises IndexError
/// "no such group" (an unhashable group: TypeError "unhashable type: 'list'").
/// Raises CPython's TypeErrors for wrong argument counts and keywords
/// ("span expected at most 1 argument, got 2", "Match.group() takes no
/// keyword arguments", "groups() takes at most 1 argument (2 given)", "'x' is
/// an invalid keyword argument for groups()"); throws UnsupportedError for a
/// tuple (or other object) as group and for `default` given twice.
Value callMatchMethod(const Value &Self, std::string_view Name, const std::vector<Value> &Args,
                      const KeywordArgs &Kwargs);

/// `M[Index]`: M.group(Index), with its errors.
Value matchGetItem(const MatchObject &M, const Value &Index);

/// CPython's repr (and str) of a match:
/// `<re.Match object; span=(S, E), match=R>` where R is repr(m.group(0)) cut
/// to its first 50 code points (CPython formats it with `%.50R`).
std::string matchRepr(const MatchObject &M);

} // namespace pyctl

#endif // PYCTL_RUNTIME_MATCHOBJECT_H
