# entry: main
# fallback-ok: compiled code falls back on the TypeErrors and AttributeErrors the handler catches
def main(k, v):
    try:
        return body(k, v)
    except Exception as e:
        return [type(e).__name__, str(e)]

def body(k, v):
    if k == 0:
        return int.bit_length(v, 1)
    if k == 1:
        return v.bit_length(1)
    if k == 2:
        return int.bit_length(v)
    if k == 3:
        return v.bit_length()
    if k == 4:
        return int.to_bytes(v)
    return str.lower(v)
