//===- PercentFormatFolding.h - '%' formatting CPython compiles as an f-string -*- C++ -*-===//
//
// CPython 3.11's AST optimizer rewrites `'fmt' % (a, b, ...)` (a str
// constant on the left, a tuple display without `*` items on the right) into
// the f-string `f'...{a!s}...{b!r:>5}...'` when every conversion of the
// format is a plain `%s`, `%r` or `%a`. The f-string converts each item
// before the next one is evaluated, where `%` would evaluate the whole tuple
// first: `'%s %s' % (xs, grow(xs))` shows xs before grow() changes it. The
// front end makes the same rewrite, so every stage evaluates in CPython's
// order.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_PERCENTFORMATFOLDING_H
#define PYCTL_AST_PERCENTFORMATFOLDING_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pyctl {

/// One piece of a format CPython turns into an f-string: literal text (with
/// `%%` already undoubled), or a conversion of the next tuple item.
struct PercentFormatPiece {
  bool IsItem = false;
  std::string Literal;    ///< the text, when !IsItem
  char Conversion = 's';  ///< 's', 'r' or 'a' (the f-string's !s, !r, !a), when IsItem
  std::string Spec;       ///< the f-string's format spec ("", ">5", "5", ".2", ">5.2")
};

/// The f-string pieces CPython 3.11 (Python/ast_opt.c, optimize_format)
/// makes of the UTF-8 format \p Format applied to a tuple display of
/// \p NumItems items, or std::nullopt when it leaves the `%` as it is: a
/// conversion other than s, r and a (`%d`, `%(key)s`, `%*s`), a width or
/// precision of 100 or more, a format ending inside a conversion, or a
/// number of conversions other than \p NumItems. Flags are read and dropped,
/// except `-`: a width without it right-aligns (`%5s` is `{x!s:>5}`), with
/// it the width alone is the spec (`%-5s` is `{x!s:5}`).
std::optional<std::vector<PercentFormatPiece>> foldPercentFormat(std::string_view Format, size_t NumItems);

} // namespace pyctl

#endif // PYCTL_AST_PERCENTFORMATFOLDING_H
