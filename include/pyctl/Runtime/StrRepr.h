//===- StrRepr.h - repr() of a Python str -----------------------*- C++ -*-===//

#ifndef PYCTL_RUNTIME_STRREPR_H
#define PYCTL_RUNTIME_STRREPR_H

#include <string>
#include <string_view>

namespace pyctl {

/// CPython's repr(str) of the UTF-8 text \p S. Quotes: single quotes, unless
/// the text contains ' and no ", then double quotes. Escapes: the chosen
/// quote and backslash with a backslash; \t \n \r; other code points below
/// U+0020 and U+007F as \xNN; non-ASCII code points that are not printable
/// (unicode::isPrintable) as \xNN (<= U+00FF), \uNNNN (<= U+FFFF) or
/// \UNNNNNNNN, with lowercase hex digits. Everything else is copied.
std::string strRepr(std::string_view S);

} // namespace pyctl

#endif // PYCTL_RUNTIME_STRREPR_H
