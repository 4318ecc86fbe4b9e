//===- Format.h - format() specs and printf-style % formatting --*- C++ -*-===//
//
// format(value, spec) as used by f-strings and str.format, and `str % args`,
// following CPython 3.11 for int, bool, float and str (and objects whose
// format spec is empty).
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_FORMAT_H
#define PYCTL_RUNTIME_FORMAT_H

#include "pyctl/Runtime/Value.h"

#include <string>
#include <string_view>

namespace pyctl {

/// format(\p V, \p Spec): the format specification mini-language
/// [[fill]align][sign][z][#][0][width][,|_][.precision][type].
/// An empty spec gives str(V). ints (and bools with a non-empty spec) accept
/// types b c d n o x X and the float types; floats accept e E f F g G n %
/// and none (shortest repr, or 'g'-like with precision); strs accept s.
/// Raises ValueError with CPython's messages ("Unknown format code 'd' for
/// object of type 'str'", "Precision not allowed in integer format
/// specifier", "Sign not allowed in string format specifier", "Cannot specify
/// ',' with 'b'.", ...), TypeError "unsupported format string passed to
/// list.__format__" for non-empty specs on other types, OverflowError "%c arg
/// not in range(0x110000)".
std::string formatValue(const Value &V, std::string_view Spec);

/// `Fmt % Args` (printf-style formatting): conversions d i u o x X e E f F
/// g G c s r a and %%, flags - + space # 0, width and precision (numbers or
/// *), an ignored length modifier h l L, and %(key)s with a dict argument.
/// A tuple Args supplies the arguments in order, anything else is a single
/// argument. Raises TypeError "not enough arguments for format string",
/// "not all arguments converted during string formatting", "%d format: a
/// real number is required, not str", "%x format: an integer is required,
/// not float", "must be real number, not str", "%c requires int or char",
/// "format requires a mapping"; ValueError "unsupported format character
/// 'q' (0x71) at index 1", "incomplete format"; OverflowError "%c arg not
/// in range(0x110000)".
std::string percentFormat(std::string_view Fmt, const Value &Args);

/// CPython's ascii(V): repr(V) with every non-ASCII code point escaped as
/// \xNN, \uNNNN or \UNNNNNNNN.
std::string asciiRepr(const Value &V);

} // namespace pyctl

#endif // PYCTL_RUNTIME_FORMAT_H
