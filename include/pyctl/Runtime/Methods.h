//===- Methods.h - Methods of str, list, dict and tuple ---------*- C++ -*-===//
//
// `obj.name(args)` for the methods of the runtime's built-in types, with
// CPython 3.11's results and errors:
//   str:   lower upper capitalize title swapcase strip lstrip rstrip split
//          rsplit splitlines join replace find rfind index rindex count
//          startswith endswith partition rpartition removeprefix removesuffix
//          zfill center ljust rjust format isdigit isdecimal isnumeric isalpha
//          isalnum isspace islower isupper isascii casefold expandtabs istitle
//          isidentifier
//   list:  append extend insert pop remove index count copy clear reverse sort
//   dict:  get keys values items pop popitem setdefault update copy clear
//          fromkeys (also on the type object: `dict.fromkeys(xs, v)`)
//   tuple: index count
//   re.Match: group groups groupdict start end span (MatchObject.h)
//   re.Pattern: search match fullmatch findall sub split (PatternObject.h)
//   set:   see Set.h (isSetMethod)
//   int:   bit_length        float: is_integer
// String positions count code points.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_METHODS_H
#define PYCTL_RUNTIME_METHODS_H

#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/Value.h"

#include <string_view>
#include <vector>

namespace pyctl {

/// True when \p Self's type has a method \p Name listed in this header.
bool hasMethod(const Value &Self, std::string_view Name);

/// Calls method \p Name of \p Self. Mutating methods (list.append, dict.pop,
/// ...) change the shared object. A method CPython's type has but this
/// runtime does not implement ("str.translate", "int.to_bytes", a dunder)
/// throws UnsupportedError naming it; a name the type lacks raises CPython's
/// AttributeError ("'int' object has no attribute 'foo'", "type object 'str'
/// has no attribute 'foo'"), see TypeAttributes.h. Raises the TypeError / ValueError /
/// IndexError / KeyError CPython raises (e.g. "list.remove(x): x not in
/// list", "substring not found", "pop from empty list", "sequence item 0:
/// expected str instance, int found"). list.sort(key=...) calls user
/// functions through \p Ctx. Throws UnsupportedError where the runtime lacks
/// the Unicode data to be exact: lower() of text containing U+03A3 (final
/// sigma rule), capitalize/title/swapcase of non-ASCII text, and
/// str.format fields with attribute access ("{0.real}").
Value callMethod(const Value &Self, std::string_view Name, std::vector<Value> Args,
                 const KeywordArgs &Kwargs, BuiltinContext &Ctx);

/// `Self.Name` for an attribute (or method) the runtime does not implement:
/// throws UnsupportedError naming it when CPython's type has it
/// (TypeAttributes.h), else raises CPython's AttributeError ("'int' object
/// has no attribute 'foo'", "type object 'str' has no attribute 'foo'").
/// Receivers the tables do not cover are unsupported whatever the name.
[[noreturn]] void missingAttribute(const Value &Self, std::string_view Name);

/// CPython's str.format(*Args, **Kwargs) of \p Format.
std::string strFormat(std::string_view Format, const std::vector<Value> &Args,
                      const KeywordArgs &Kwargs);

} // namespace pyctl

#endif // PYCTL_RUNTIME_METHODS_H
