# Attribute accesses in str.format fields that raise as CPython raises: AttributeError for a
# name the value's type lacks (any text after the '.', up to the next '.' or '['), ValueError
# for an empty attribute, TypeError for an item of a number, IndexError before the attribute.
# fallback-ok: compiled code falls back on every call that raises, even one a handler catches
# entry: main
def main(x):
    out = []
    for bad in ["{0.foo}", "{0.}", "{0..real}", "{0.real[0]}", "{0.real]}", "{0.upper}", "{0.real.}",
                "{1.real}", "{0.réal}", "{0.real.foo}", "{0[0].real}", "{.imag}{1.real}"]:
        try:
            out.append(bad.format(x))
        except AttributeError as e:
            out.append(("AttributeError", str(e)))
        except ValueError as e:
            out.append(("ValueError", str(e)))
        except TypeError as e:
            out.append(("TypeError", str(e)))
        except IndexError as e:
            out.append(("IndexError", str(e)))
        except KeyError as e:
            out.append(("KeyError", str(e)))
    return out
