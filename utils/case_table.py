"""Writing the generated test tables the runtime's cargo tests read: one JSON object
{"cases": [...]} with one case per line, so that a regenerated table diffs case by case."""
import json


def write_cases(out, cases):
    """Write `cases` (a list of JSON-able dicts) to the path `out`, creating its directory."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write('{"cases": [\n')
        f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cases))
        f.write("\n]}\n")
    print("%s: %d cases" % (out, len(cases)))
