# Arguments holding NaN, Infinity and -Infinity, which Python's json.loads accepts and serde_json
# refuses: compiled code must fall back on those lines (never exit) and answer the later ones.
# entry: main
# fallback-ok: serde_json cannot hold NaN or Infinity arguments, so those lines fall back
def main(x):
    return [x * 2, x == x, -x]
