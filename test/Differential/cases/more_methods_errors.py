# CPython's TypeError / OverflowError messages of str.expandtabs (Argument Clinic's
# (self, /, tabsize=8) with a C int), of the no-argument str methods, and of dict.fromkeys
# (unhashable items, non-iterables, argument counts, keywords); dict.fromkeys of a set of ints
# pulls CPython's set order.
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it, and on sets of two or more items
# entry: main
def main(s, arg, how):
    try:
        if how == "pos":
            return s.expandtabs(arg)
        if how == "kw":
            return s.expandtabs(tabsize=arg)
        if how == "badkw":
            return s.expandtabs(size=arg)
        if how == "two":
            return s.expandtabs(arg, arg)
        if how == "poskw":
            return s.expandtabs(arg, tabsize=arg)
        if how == "twokw":
            return s.expandtabs(tabsize=arg, size=arg)
        if how == "fold":
            return s.casefold(arg)
        if how == "title":
            return s.istitle(arg)
        if how == "ident":
            return s.isidentifier(arg)
        if how == "keys":
            return dict.fromkeys(arg)
        if how == "keys3":
            return dict.fromkeys(arg, 1, 2)
        if how == "keys0":
            return dict.fromkeys()
        if how == "keyskw":
            return dict.fromkeys(arg, value=1)
        if how == "set":
            return dict.fromkeys(set(arg))
        return "?"
    except TypeError as e:
        return "TypeError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)
