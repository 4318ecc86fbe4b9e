# str.casefold, istitle, isidentifier and expandtabs with CPython 3.11's Unicode rules: full case
# folding ('ß' -> 'ss'), titlecase digraphs ('ǅ'), XID identifiers with non-ASCII letters and
# digits (not NFKC-normalised: 'ℌ' is an identifier), tab columns counted in code points and
# restarted only after '\n' and '\r'.
# entry: main
def main(s, tab):
    out = []
    out.append(s.casefold())
    out.append(s.istitle())
    out.append(s.isidentifier())
    out.append(s.expandtabs())
    out.append(s.expandtabs(tab))
    out.append(s.expandtabs(tabsize=tab))
    out.append(s.casefold() == s.lower())
    words = [w for w in s.split() if w.isidentifier()]
    out.append(sorted(words, key=lambda w: w.casefold()))
    return out
