# The str methods issue 3 names (split join strip lower upper replace startswith endswith find
# count format isdigit) on empty, whitespace-only, non-ASCII (accents, CJK, emoji, Unicode
# digits and spaces) and long inputs, with their optional arguments (negative start/end, maxsplit,
# count, tuple prefixes, empty separators that raise).
# entry: methods
def methods(s, sep, n):
    out = [s.split(), s.split(sep) if sep else None, s.split(sep, 1) if sep else s.split(None, 1), s.split(sep, -1) if sep else None]
    out.append([sep.join(s), sep.join([s, s]), sep.join([]), "".join(s.split())])
    out.append([s.strip(), s.strip(sep) if sep else s.strip(None), s.lstrip(), s.rstrip(" \t")])
    out.append([s.lower(), s.upper(), s.lower() == s.upper().lower()])
    out.append([s.replace(sep, "<>") if sep else s.replace("", "-"), s.replace("l", "L", 1), s.replace("é", ""), s.replace(s, "")])
    out.append([s.startswith(sep), s.endswith(sep), s.startswith(("x", sep)), s.endswith(sep, 0, n), s.startswith(sep, -n)])
    out.append([s.find(sep), s.find(sep, n), s.find(sep, -n, -1), s.find("zzz"), s.rfind(sep)])
    out.append([s.count(sep), s.count(sep, n), s.count(""), s.count(sep, -n)])
    out.append(["{}|{:>6}|{!r}|{k}".format(s, sep, n, k=s[:n]), "{0}{1}{0}".format(sep, n), "{:^9}".format(s[:3])])
    out.append([s.isdigit(), sep.isdigit(), str(n).isdigit(), "".isdigit()])
    return out
