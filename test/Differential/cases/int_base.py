# entry: main
# fallback-ok: the ValueErrors it catches and results past 64 bits fall back in compiled code
# int(s, base) by CPython's rules, compiled too (QA5 P3): ValueErrors and results past 64 bits fall back.
def main(s, b):
    try:
        r = [int(s, b)]
    except ValueError as e:
        r = ["ValueError: " + str(e)]
    if b == 16:
        r.append(int(s, base=16) if s.strip().lower().lstrip("+-").replace("0x", "").replace("_", "").isalnum() else None)
    return r
