# entry: main
# fallback-ok: compiled json.loads reads standard JSON only (serde_json); NaN and Infinity fall back
# json.loads accepts NaN and Infinity (and json.dumps writes them back), as CPython does.
import json


def main(text):
    value = json.loads(text)
    return [value, json.dumps(value)]
