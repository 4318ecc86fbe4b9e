# Arguments holding lone surrogates (valid JSON, accepted by Python's json.loads; a Rust String
# cannot hold them, so compiled code must fall back, never exit, and answer the later lines),
# beside proper pairs and escaped backslashes.
import json
# entry: main
def main(s):
    t = json.loads('"' + s + '"') if s[:1] == "\\" else s
    return [len(s), s + "!", s[::-1], s.upper(), repr(s), len(t), t]
