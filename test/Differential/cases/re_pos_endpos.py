# entry: main
# fallback-ok: compiled code falls back on keyword arguments of methods (the inputs with keywords=true)
# pos / endpos of Pattern.search / match / fullmatch / findall / finditer, positional and as
# keywords: clamping (negative, past the end, pos > endpos), `^` and `\A` only at index 0, `$`,
# `\Z` and `\b` relative to endpos, `\b` looking at the character before pos, m.pos / m.endpos;
# empty and non-ASCII subjects.
import re

WORD = re.compile(r"\b\w+\b")
START = re.compile(r"^\w|\A.")
END = re.compile(r"\w$|\Z")
ANY = re.compile(r"x*")


def main(text, pos, endpos, keywords=False):
    if keywords:
        # Compiled code falls back on keyword arguments of methods: only these inputs use them.
        return [WORD.match(text, pos=pos, endpos=endpos), WORD.findall(text, endpos=endpos),
                START.search(text, endpos=endpos, pos=pos)]
    out = []
    for p in [WORD, START, END, ANY]:
        m = p.search(text, pos, endpos)
        out.append(None if m is None else (m.span(), m.pos, m.endpos))
        out.append(p.findall(text, pos, endpos))
        out.append([m.span() for m in p.finditer(text, pos, endpos)])
        out.append(p.fullmatch(text, pos, endpos))
        if pos <= endpos:
            out.append(p.match(text, pos, endpos))
    out.append(WORD.search(text, pos))
    return out
