# str methods and slicing, including non-ASCII text and empty strings.
# fallback-ok: compiled code falls back on isdigit() of non-ASCII text
# entry: run
def run(text, sep):
    parts = text.split(sep) if sep else text.split()
    joined = "+".join(parts)
    stripped = text.strip()
    out = [parts, joined, stripped, stripped.lower(), stripped.upper()]
    out.append(text.replace("a", "α"))
    out.append(text.find("é"))
    out.append(text.count("a"))
    out.append(text.startswith("  "))
    out.append(text.endswith("z"))
    out.append(text[1:4])
    out.append(text[::-1])
    out.append(text[-2:])
    out.append(text[10:2:-3])
    out.append(len(text))
    out.append(stripped.isdigit())
    return out
