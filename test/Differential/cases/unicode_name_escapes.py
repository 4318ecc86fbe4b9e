# entry: main
# `\N{NAME}` escapes in str literals, resolved at parse time as CPython 3.11 does: character
# names in any ASCII case, formal name aliases (LINE FEED, NBSP, BOM, ...), Hangul syllables and
# CJK unified ideographs (exact spelling, 4 or 5 hex digits), astral characters, escapes next to
# non-ASCII text, in f-string text (not in format specs: diagnosed) (raw strings keep
# them as written), and in a multi-line literal.

DASH = "\N{EM DASH}"
TABLE = {"\N{LATIN SMALL LETTER E WITH ACUTE}": "e-acute", "\N{latin capital letter a}": "A"}


def main(kind, text):
    if kind == "names":
        return [DASH, len(DASH), ord("\N{EM DASH}"), "\N{LATIN SMALL LETTER E WITH ACUTE}" + text,
                "\N{GRINNING FACE}", len("\N{GRINNING FACE}"), "\N{HANGUL SYLLABLE GAG}",
                "\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-04E01}\N{CJK UNIFIED IDEOGRAPH-2A6DF}",
                "\N{CJK COMPATIBILITY IDEOGRAPH-f900}", "\N{DIGIT ZERO}\N{SPACE}\N{DIGIT NINE}"]
    if kind == "aliases":
        return ["\N{LINE FEED}", "\N{NBSP}", "\N{BYTE ORDER MARK}", "\N{nul}", "\N{ZWJ}",
                "\N{CARRIAGE RETURN}\N{LF}", r"\N{EM DASH}", len(r"\N{EM DASH}")]
    if kind == "fstring":
        return [f"{text}\N{EM DASH}{len(text)}", f"{text:\u00b7^9}", f"\N{LEFT CURLY BRACKET}{{x}}"]
    if kind == "multiline":
        return """a\N{EM DASH}
\N{EN DASH}b"""
    if kind == "lookup":
        return TABLE.get(text, "\N{REPLACEMENT CHARACTER}")
    return text.replace("-", "\N{NON-BREAKING HYPHEN}").split("\N{SPACE}")
