# entry: main
# Module-level re.compile() patterns used through their methods, as a log-parsing handler does:
# PATTERN.match / search / fullmatch / findall / sub / split, with the Match objects they return;
# equality of patterns, repr of a pattern, non-ASCII and empty inputs, lines that do not match.
import re

LOG = re.compile(r"(?P<level>[A-Z]+)\s+\[(?P<where>[\w.]+)\]\s*(?P<msg>.*)")
KV = re.compile(r"(\w+)=(\S*)")
WORD = re.compile(r"\w+")
SEP = re.compile(r"\s*[,;]\s*")


def parse(text):
    out = []
    for line in text.split("\n"):
        m = LOG.match(line)
        if m is None:
            out.append(["skip", line])
            continue
        fields = dict(KV.findall(m.group("msg")))
        out.append([m["level"], m.group("where"), m.span("msg"), fields])
    return out


def main(op, text):
    if op == "log":
        return parse(text)
    if op == "words":
        return [WORD.findall(text), WORD.sub("#", text, 2), SEP.split(text), SEP.split(text, 1)]
    if op == "full":
        m = WORD.fullmatch(text)
        return [m is not None, m.group() if m else None, WORD.search(text)]
    if op == "misc":
        p = re.compile(text)
        return [repr(p), str(p), p == re.compile(text), p != WORD, p.search("a1 b2"), bool(p)]
    return None
