#!/usr/bin/env python3
"""Check the C++ evaluator's str case methods against CPython on every code point.

For every code point c (surrogates included) and each of the texts chr(c), 'a' + chr(c),
chr(c) + 'a', 'AΣ' + chr(c), 'A' + chr(c) + 'Σ' and chr(c) + 'Σ' (so title case, lower case
after a cased letter, and the final-sigma rule's Cased / Case_Ignorable tests all meet each
character), the methods lower, upper, capitalize, title and swapcase are run by `pyctl --trace`
(one invocation per block of code points) and their results compared with CPython's. Prints
DIFF lines and `bad N`; exit status 1 if N > 0.
Usage: python3 utils/check_case_evaluator.py [--pyctl build/tools/pyctl/pyctl] [--block N]
"""
import argparse, json, os, pathlib, subprocess, sys, tempfile

REPO = pathlib.Path(__file__).resolve().parent.parent
ap = argparse.ArgumentParser()
ap.add_argument("--pyctl", default=str(REPO / "build" / "tools" / "pyctl" / "pyctl"))
ap.add_argument("--block", type=lambda s: int(s, 0), default=0x8000, help="code points per invocation")
args = ap.parse_args()

PROGRAM = '''\
def main(lo, hi):
    out = []
    for c in range(lo, hi):
        s = chr(c)
        for t in [s, "a" + s, s + "a", "A\\u03a3" + s, "A" + s + "\\u03a3", s + "\\u03a3"]:
            out.append(t.lower())
            out.append(t.upper())
            out.append(t.capitalize())
            out.append(t.title())
            out.append(t.swapcase())
    return "|".join(out)
'''

METHODS = ["lower", "upper", "capitalize", "title", "swapcase"]


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("check_case_evaluator.py: run with Python 3.11")
    pyctl = os.path.abspath(args.pyctl)
    os.chdir(tempfile.mkdtemp(prefix="pyctl-case-check-"))
    pathlib.Path("p.py").write_text(PROGRAM, encoding="utf-8")
    blocks = [(lo, min(lo + args.block, 0x110000)) for lo in range(0, 0x110000, args.block)]
    pathlib.Path("in.jsonl").write_text("".join(json.dumps([lo, hi]) + "\n" for lo, hi in blocks))
    r = subprocess.run([pyctl, "--trace", "p.py", "--inputs", "in.jsonl", "--entry", "main", "-o", "t.json"],
                       capture_output=True, text=True, encoding="utf-8", errors="surrogatepass")
    lines = [json.loads(l) for l in r.stdout.split("\n") if l.startswith("{")]
    ns = {}
    exec(PROGRAM, ns)
    bad = 0
    if r.returncode != 0 or len(lines) != len(blocks):
        print("pyctl failed:", (r.stdout + r.stderr)[-1000:])
        bad += 1
    for (lo, hi), line in zip(blocks, lines):
        want = repr(ns["main"](lo, hi))
        got = line.get("repr")
        if got == want:
            continue
        # Report the first differing code points of the block.
        ws, gs = eval(want).split("|"), (eval(got).split("|") if isinstance(got, str) else [])
        shown = 0
        for k, w in enumerate(ws):
            g = gs[k] if k < len(gs) else None
            if g != w:
                cp = lo + k // 30
                bad += 1
                if shown < 20:
                    print("DIFF U+%04X text %d %s(): want %r, got %r" % (cp, k // 5 % 6, METHODS[k % 5], w, g))
                    shown += 1
        if not bad:
            print("DIFF block %x..%x: %s" % (lo, hi, str(line)[:300]))
            bad += 1
    print("bad", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
