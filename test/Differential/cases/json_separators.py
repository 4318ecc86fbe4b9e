# entry: main
# json.dumps(separators=(item, key)) as CPython's JSONEncoder uses them, with and without indent.
import json


def main(args):
    obj = args.get("obj")
    seps = args.get("seps")
    if seps is not None:
        seps = tuple(seps)
    compact = json.dumps(obj, separators=seps)
    pretty = json.dumps(obj, separators=seps, indent=args.get("indent", 2))
    as_list = json.dumps(obj, separators=list(seps) if seps else None, sort_keys=True)
    return {"compact": compact, "pretty": pretty, "sorted": as_list}
