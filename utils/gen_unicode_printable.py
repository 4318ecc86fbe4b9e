#!/usr/bin/env python3
"""Generate Unicode property tables for pyctl's runtimes from this CPython's `str` methods.

The tables are taken from the interpreter that runs this script (CPython 3.11 uses Unicode 14.0.0),
so they agree with CPython by construction: every property is computed with the very `str`
predicate or case mapping that Python code would call.

Tables (names as in the generated code):
  printable  code point ranges where chr(c).isprintable() (repr() escapes everything else)
  space      ranges where chr(c).isspace() (str.split/strip, int()/float() whitespace)
  decimal    ranges where chr(c).isdecimal(); decimal_zero lists the digit-zero code points,
             each starting a run of ten consecutive digits 0..9 (int()/float() accept them)
  digit      ranges where chr(c).isdigit()
  numeric    ranges where chr(c).isnumeric()
  alpha      ranges where chr(c).isalpha()
  lower, upper
             ranges where chr(c).islower() / isupper() (CPython's per-character cased tests)
  title      ranges of general category Lt (CPython's Py_UNICODE_ISTITLE)
  identifier_start, identifier_continue
             ranges where chr(c).isidentifier() (XID_Start or '_') and where ('a' + chr(c))
             .isidentifier() (XID_Continue): str.isidentifier()
  cased, case_ignorable
             ranges of the Cased and Case_Ignorable properties (_PyUnicode_IsCased,
             _PyUnicode_IsCaseIgnorable), read off CPython's case methods (cased() and
             case_ignorable() below; runtime/rust/tools/gen_unicode_case.py imports them)
  lower_map, upper_map, title_map, casefold_map
             (code point, replacement) for every c with chr(c).lower() != chr(c) (resp. upper(),
             title(), casefold(): CPython's full case folding), the replacement as UTF-8 text (full case mapping, possibly several code
             points; a one-character title() is CPython's _PyUnicode_ToTitleFull)

Usage:
  gen_unicode_printable.py --lang=cpp|rust [--tables=printable,space,...] [-o FILE]
Default tables: all for C++, `printable` for Rust. Without -o the code goes to stdout.
Committed outputs:
  python3 utils/gen_unicode_printable.py --lang=cpp -o lib/Runtime/UnicodePrintable.inc
  python3 utils/gen_unicode_printable.py --lang=rust -o runtime/rust/src/unicode_printable.rs
  python3 utils/gen_unicode_printable.py --lang=rust --tables=decimal,space,word \
      -o runtime/rust/src/unicode_regex.rs
  python3 utils/gen_unicode_printable.py --lang=rust \
      --tables=digit,numeric,alpha,lower,upper,title,identifier_start,identifier_continue \
      -o runtime/rust/src/unicode_class.rs
(the Rust `printable` table is stored as its complement, NON_PRINTABLE, with an is_printable()).
"""
import argparse
import sys
import unicodedata

MAX_CODE_POINT = 0x10FFFF


def cased(ch):
    """Unicode's Cased property: Lowercase + Uppercase + Lt (a one-character istitle() is
    Uppercase or Lt)."""
    return ch.islower() or ch.isupper() or ch.istitle()


def case_ignorable(ch):
    """Unicode's Case_Ignorable property, read off CPython's final-sigma rule, which skips
    Case_Ignorable characters both ways: a capital sigma after a cased letter and `ch` is final
    (ς) only when `ch` is skipped."""
    if cased(ch):
        return ("A\u03a3" + ch).lower()[1] == "\u03c2"
    return ("A" + ch + "\u03a3").lower()[-1] == "\u03c2"


RANGE_TABLES = {
    "printable": str.isprintable,
    "space": str.isspace,
    "decimal": str.isdecimal,
    "digit": str.isdigit,
    "numeric": str.isnumeric,
    "alpha": str.isalpha,
    "lower": str.islower,
    "upper": str.isupper,
    # Py_UNICODE_ISTITLE is category Lt; str.istitle() of one character is
    # also true for uppercase letters, so it cannot serve here.
    "title": lambda ch: unicodedata.category(ch) == "Lt",
    "cased": cased,
    "case_ignorable": case_ignorable,
    # str.isidentifier(): XID_Start or '_' first, XID_Continue after (CPython's
    # _PyUnicode_ScanIdentifier, which does not NFKC-normalise).
    "identifier_start": str.isidentifier,
    "identifier_continue": lambda ch: ("a" + ch).isidentifier(),
    # sre's \w for str patterns (Rust regex engine only).
    "word": lambda ch: ch.isalnum() or ch == "_",
}
MAP_TABLES = {
    "lower_map": str.lower,
    "upper_map": str.upper,
    "title_map": str.title,
    "casefold_map": str.casefold,
}
ALL_TABLES = list(RANGE_TABLES) + ["decimal_zero"] + list(MAP_TABLES)
CPP_TABLES = [t for t in ALL_TABLES if t != "word"]


def ranges_where(pred):
    """Sorted, disjoint, inclusive (first, last) ranges of code points where pred(chr(c))."""
    out = []
    start = None
    for cp in range(MAX_CODE_POINT + 2):
        hit = cp <= MAX_CODE_POINT and pred(chr(cp))
        if hit and start is None:
            start = cp
        elif not hit and start is not None:
            out.append((start, cp - 1))
            start = None
    return out


def decimal_zeros():
    """Code points of every decimal digit zero; checks that digits come in runs of ten."""
    zeros = []
    for cp in range(MAX_CODE_POINT + 1):
        ch = chr(cp)
        if ch.isdecimal() and unicodedata.decimal(ch) == 0:
            for k in range(10):
                d = chr(cp + k)
                if not d.isdecimal() or unicodedata.decimal(d) != k:
                    sys.exit(f"decimal digits at U+{cp:04X} do not form a run of ten")
            zeros.append(cp)
    count = sum(1 for cp in range(MAX_CODE_POINT + 1) if chr(cp).isdecimal())
    if count != 10 * len(zeros):
        sys.exit("some decimal digits are not in runs of ten starting at zero")
    return zeros


def mapping(fn):
    return [(cp, fn(chr(cp))) for cp in range(MAX_CODE_POINT + 1) if fn(chr(cp)) != chr(cp)]


def utf8_literal(text, lang):
    """A string literal holding text's UTF-8 bytes (surrogate-free; case mappings have none)."""
    if lang == "cpp":
        return '"' + "".join(f"\\x{b:02x}" for b in text.encode("utf-8")) + '"'
    return '"' + "".join(f"\\u{{{ord(c):x}}}" for c in text) + '"'


CPP_RANGE_DOC = {
    "title": "general category is Lt",
    "cased": "the character is Cased (Lowercase, Uppercase or Lt)",
    "case_ignorable": "the character is Case_Ignorable (final-sigma rule)",
    "identifier_start": "str.isidentifier() is true (XID_Start or '_')",
    "identifier_continue": "('a' + c).isidentifier() is true (XID_Continue)",
}


def camel(name):
    """case_ignorable -> caseIgnorable (C++ table names)."""
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def emit_cpp(names, out):
    w = out.write
    w("// Generated by utils/gen_unicode_printable.py --lang=cpp from CPython "
      f"{sys.version_info.major}.{sys.version_info.minor} (Unicode {unicodedata.unidata_version}).\n")
    w("// Do not edit by hand. Included by lib/Runtime/Unicode.cpp.\n\n")
    for name in names:
        if name in RANGE_TABLES:
            rows = ranges_where(RANGE_TABLES[name])
            what = CPP_RANGE_DOC.get(name, f"str.is{name}() is true")
            w(f"// Inclusive code point ranges where {what}.\n")
            w(f"static constexpr CodePointRange k_{camel(name)}Ranges[] = {{\n")
            for i in range(0, len(rows), 4):
                w("    " + " ".join(f"{{0x{a:05X}, 0x{b:05X}}}," for a, b in rows[i:i + 4]) + "\n")
            w("};\n\n")
        elif name == "decimal_zero":
            rows = decimal_zeros()
            w("// Code points of decimal digit zero; digits 0..9 follow consecutively.\n")
            w("static constexpr char32_t k_decimalZeros[] = {\n")
            for i in range(0, len(rows), 8):
                w("    " + " ".join(f"0x{c:05X}," for c in rows[i:i + 8]) + "\n")
            w("};\n\n")
        elif name in MAP_TABLES:
            rows = mapping(MAP_TABLES[name])
            method = name.split("_")[0]
            w(f"// Code points whose str.{method}() differs from themselves, with the UTF-8 result.\n")
            w(f"static constexpr CaseMapping k_{method}Map[] = {{\n")
            for cp, text in rows:
                w(f"    {{0x{cp:05X}, {utf8_literal(text, 'cpp')}}},\n")
            w("};\n\n")


RUST_IS_PRINTABLE = """\
/// Whether `c` lies in one of the sorted, disjoint inclusive ranges of `table`.
pub(crate) fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Whether CPython 3.11 considers `c` printable (`str.isprintable()` of a 1-char string).
pub fn is_printable(c: char) -> bool {
    !in_ranges(NON_PRINTABLE, c)
}
"""


def emit_rust(names, out):
    """Rust module text. With only `printable` this is runtime/rust/src/unicode_printable.rs:
    a NON_PRINTABLE range table (the complement of str.isprintable) and is_printable()."""
    w = out.write
    w("// @generated by utils/gen_unicode_printable.py from Python's unicodedata "
      f"(Unicode {unicodedata.unidata_version}); do not edit.\n\n")
    if "printable" in names:
        w("//! Which characters CPython's `repr()` of a `str` prints as escapes.\n\n")
    else:
        w("//! Unicode property tables: " + ", ".join(names) + ".\n")
    for name in names:
        if name == "printable":
            rows = ranges_where(lambda ch: not ch.isprintable())
            w("/// Sorted, disjoint, inclusive ranges of non-printable code points (general categories\n")
            w("/// Cc Cf Cs Co Cn Zl Zp Zs, except U+0020 SPACE).\n")
            w("static NON_PRINTABLE: &[(u32, u32)] = &[\n")
            for a, b in rows:
                w(f"    (0x{a:04X}, 0x{b:04X}),\n")
            w("];\n\n")
            w(RUST_IS_PRINTABLE)
        elif name in RANGE_TABLES:
            rows = ranges_where(RANGE_TABLES[name])
            what = ("the general category is Lt" if name == "title"
                    else CPP_RANGE_DOC[name] if name.startswith("identifier")
                    else f"Python's str.is{name}() is true")
            w(f"\n/// Inclusive code point ranges where {what}.\n")
            w(f"pub static {name.upper()}_RANGES: &[(u32, u32)] = &[\n")
            for a, b in rows:
                w(f"    (0x{a:04X}, 0x{b:04X}),\n")
            w("];\n")
        elif name == "decimal_zero":
            rows = decimal_zeros()
            w("\n/// Code points of decimal digit zero; digits 0..9 follow consecutively.\n")
            w("pub static DECIMAL_ZEROS: &[u32] = &[\n")
            for c in rows:
                w(f"    0x{c:04X},\n")
            w("];\n")
        elif name in MAP_TABLES:
            rows = mapping(MAP_TABLES[name])
            method = name.split("_")[0]
            w(f"\n/// Code points whose Python str.{method}() differs from themselves, with the result.\n")
            w(f"pub static {method.upper()}_MAP: &[(u32, &str)] = &[\n")
            for cp, text in rows:
                w(f"    (0x{cp:04X}, {utf8_literal(text, 'rust')}),\n")
            w("];\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=["cpp", "rust"], required=True)
    ap.add_argument("--tables", help="comma-separated subset of: " + ",".join(ALL_TABLES))
    ap.add_argument("-o", "--output", help="output file (default: stdout)")
    args = ap.parse_args()
    if args.tables:
        names = [t.strip() for t in args.tables.split(",") if t.strip()]
        unknown = [t for t in names if t not in ALL_TABLES]
        if unknown:
            ap.error("unknown table(s): " + ", ".join(unknown))
    else:
        names = CPP_TABLES if args.lang == "cpp" else ["printable"]
    emit = emit_cpp if args.lang == "cpp" else emit_rust
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            emit(names, f)
    else:
        emit(names, sys.stdout)


if __name__ == "__main__":
    main()
