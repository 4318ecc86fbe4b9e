//===- Regex.h - A backtracking engine for a subset of Python's re -*- C++ -*-===//
//
// pyctl's own regular expression engine for str patterns, following CPython
// 3.11's `sre` exactly on the subset it accepts: literals and escapes, `.`,
// classes `[...]`, `\d \D \w \W \s \S` with the Unicode definitions sre uses
// for str patterns, greedy and lazy repeats, capturing, non-capturing and
// named groups, alternation tried left to right, the anchors
// `^ $ \A \Z \b \B`, and the flags re.IGNORECASE, re.MULTILINE, re.DOTALL,
// re.VERBOSE, re.ASCII and re.UNICODE (as arguments, as global inline flags
// `(?i)` at the start and scoped `(?i-m:...)`). Everything else is refused
// with UnsupportedError naming it, never guessed.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_RUNTIME_REGEX_H
#define PYCTL_RUNTIME_REGEX_H

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pyctl::regex {

struct Node;

/// Capture positions of one match: for group i (0 = whole match) the code
/// point offsets Caps[2i] (start) and Caps[2i+1] (end), or -1 and -1 for a
/// group that did not participate (CPython's m.span(i) == (-1, -1)); the
/// last element, Caps[2 * (groupCount() + 1)], is sre's lastindex (the group
/// closed last on the matching path, CPython's m.lastindex), -1 for none.
using Captures = std::vector<long>;

/// A parsed pattern.
class Pattern {
public:
  /// Parses \p Source (a Python str pattern as UTF-8) with the sre flags
  /// \p Flags (re.compile's `flags`) like sre_parse does. Flags may combine
  /// IGNORECASE (2), MULTILINE (8), DOTALL (16), UNICODE (32), VERBOSE (64)
  /// and ASCII (256); others (LOCALE, TEMPLATE, DEBUG, unknown bits) and
  /// ASCII with UNICODE are refused. Under IGNORECASE a character outside the
  /// BMP is refused (sre's sets treat it differently). Throws
  /// UnsupportedError naming the construct for anything outside the
  /// subset: backreferences, lookaround, `(?#...)`, possessive
  /// repeats, `\N{...}`, octal escapes, nested sets and the set operations
  /// CPython warns about, repeats that can match empty around a group; and for
  /// every invalid pattern (CPython raises re.error there, with a message
  /// pyctl does not reproduce).
  static std::shared_ptr<const Pattern> compile(std::string_view Source, unsigned Flags = 0);
  ~Pattern();

  /// Number of capturing groups (CPython's Pattern.groups).
  size_t groupCount() const { return Groups; }
  /// CPython's Pattern.flags: the given flags, the global inline ones, and
  /// UNICODE (32) unless ASCII.
  unsigned flags() const { return Flags; }
  /// The named groups as (name, index) in order of index
  /// (Pattern.groupindex).
  const std::vector<std::pair<std::string, size_t>> &groupNames() const { return Names; }
  /// Index of group \p Name, or 0 when there is no such group.
  size_t groupIndex(std::string_view Name) const;

  /// CPython's search starting at code point \p From of \p Subject: the
  /// leftmost match at or after From, preferring, at each start, the first
  /// match in sre's backtracking order. With \p MustAdvance (sre's
  /// must_advance, set by findall/sub/split after an empty match) a match
  /// starting at From must not be empty. On success fills \p Caps (size
  /// 2 * (groupCount() + 1)) and returns true. Throws UnsupportedError when
  /// matching takes more than a fixed budget of steps or recursion.
  bool search(const std::u32string &Subject, size_t From, bool MustAdvance, Captures &Caps) const;
  /// A match starting exactly at \p Start (re.match); with \p Full it must
  /// also end at the end of the subject (re.fullmatch). Same errors.
  bool matchAt(const std::u32string &Subject, size_t Start, bool Full, Captures &Caps) const;

private:
  Pattern() = default;
  std::unique_ptr<Node> Root;
  size_t Groups = 0;
  unsigned Flags = 0;
  std::vector<std::pair<std::string, size_t>> Names;
  friend class Parser;
};

/// sre's `\w` for str patterns: chr(C).isalnum() or C == '_'.
bool isWordChar(char32_t C);

} // namespace pyctl::regex

#endif // PYCTL_RUNTIME_REGEX_H
