# entry: main
# fallback-ok: compiled code falls back on the TypeErrors and AttributeErrors the handler catches
def main(kind, v):
    try:
        if kind == 0:
            return dict.fromkeys(*v)
        if kind == 1:
            return str.lower(*v)
        if kind == 2:
            return dict.get(*v)
        if kind == 3:
            return 'a'.upper(*v)
        if kind == 4:
            return int.bit_length(*v)
        if kind == 5:
            return dict.fromkeys(**v)
        if kind == 6:
            return str.join(**v)
        if kind == 7:
            return {}.fromkeys(*v)
        if kind == 8:
            return [].append(**v)
        if kind == 9:
            return sorted(*v)
    except Exception as e:
        return [type(e).__name__, str(e)]
