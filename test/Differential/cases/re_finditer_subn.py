# entry: main
# re.subn / Pattern.subn (a (new string, count) tuple) and re.finditer / Pattern.finditer (a lazy
# iterator of Match objects) used with for, list, next and a partially consumed iterator; empty
# matches (which may follow a previous match directly), empty and non-ASCII subjects, count.
import re

WORD = re.compile(r"(?P<w>\w+)")


def main(op, pattern, text):
    if op == "subn":
        return [re.subn(pattern, "<\\g<0>>", text), re.subn(pattern, "", text, 1),
                re.subn(pattern, "-", text, count=2), re.compile(pattern).subn("#", text)]
    if op == "iter":
        spans = []
        for m in re.finditer(pattern, text):
            spans.append([m.span(), m.group()])
        it = re.compile(pattern).finditer(text)
        first = next(it, None)
        rest = list(it)
        again = next(it, "done")
        return [spans, repr(first), len(rest), [repr(m) for m in rest[:3]], again]
    if op == "words":
        out = []
        for m in WORD.finditer(text):
            out.append((m["w"], m.start(), m.end()))
        return [out, WORD.subn(r"[\1]", text), [m.groupdict() for m in WORD.finditer(text)]]
    if op == "type":
        it = re.finditer(pattern, text)
        first = next(it)
        return [first.group(), first.span(), len(list(it)), next(it, None)]
    return None
