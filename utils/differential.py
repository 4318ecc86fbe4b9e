#!/usr/bin/env python3
"""Differential check: every pyctl stage gives CPython's answer on the cases.

A case is NAME.py (with a `# entry: FUNC` line), NAME.inputs.jsonl (one JSON array of positional
arguments per line) and NAME.expected.jsonl (CPython's result line per input, written by
shared/cases/run_cpython.py). For each case this runs, and compares with the expected lines:

  cpython-original   the original program under CPython
  cpython-anf        `pyctl -passes=anf NAME.py` under CPython
  python-tracer      `pyctl -passes=anf,trace NAME.py` run by runtime/python/pyctl_trace.py
  cpp-evaluator      `pyctl --trace NAME.py --inputs ... --entry FUNC`
  traces-identical   the two traces above, compared as parsed JSON
  compiled-rust      `pyctl --build-rust cpp_trace.json` run on the inputs: each line is the
                     expected one or {"fallback": true}; with every input traced, a fallback is
                     allowed only where CPython raises or an integer exceeds 64 bits
and, for the cases in FALLBACK_PROBES:
  fallback           compiled code of a trace of some inputs falls back on an input that takes an
                     untraced path, and gives CPython's answer once that input is traced too
  merge              `pyctl --merge` of the two partial traces equals the trace of both inputs

Prints one line per check and closes with `N passed, M failed` and how many checks gave wrong
answers and how many fell back; exit status 1 if any failed. A check that gave a different answer than CPython is
labelled WRONG ANSWER; a compiled-rust check whose only problem is that compiled code fell back
(a coverage gap, never a wrong answer) is labelled FALLBACK. With --allow-fallback such fallbacks
are reported but do not fail the run (for a user's own cases; the project's own cases keep the
rule, waived per case by `# fallback-ok: REASON`).

  utils/differential.py [CASE ...] [--all] [--cases-dir DIR] [--pyctl PATH] [--keep]
                        [--allow-fallback]
"""
import argparse
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import threading

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_CASES = ["paper_double_absolute_value", "paper_nested_function", "unbound_local",
                 "collatz", "lifted_scope"]
PYCTL_TRACE = REPO / "runtime" / "python" / "pyctl_trace.py"

# Case -> (inputs to trace first, an input that takes a path those inputs did not).
FALLBACK_PROBES = {
    "paper_double_absolute_value": ([[3]], [-4]),
    "lifted_scope": ([[5]], [500]),
}

INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1

# Calls FUNC of a freshly loaded module once per input line, the way shared/cases/run_cpython.py
# does (with its module name, "case_" + the case's name, which CPython's messages about `*` and
# `**` arguments of user calls show), and prints one result line per call.
CPYTHON_RUNNER = r"""
import contextlib, importlib.util, io, json, sys
src, entry, inputs, module_name = sys.argv[1:5]
def call(args):
    spec = importlib.util.spec_from_file_location(module_name, src)
    mod = importlib.util.module_from_spec(spec)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            spec.loader.exec_module(mod)
            value = getattr(mod, entry)(*args)
            return {"repr": repr(value), "stdout": out.getvalue()}
        except Exception as exc:
            return {"error": type(exc).__name__, "stdout": out.getvalue()}
# A lone surrogate (a legal str, not UTF-8) is written as its 3 bytes; Runner.run decodes each
# invalid byte as U+FFFD, as pyctl writes such text in its result lines.
sys.stdout.reconfigure(errors="surrogatepass")
with open(inputs, encoding="utf-8") as f:
    for line in f:
        if line.strip():
            print(json.dumps(call(json.loads(line)), ensure_ascii=False), flush=True)
"""


class StageError(Exception):
    """A command that failed to run, exited non-zero or timed out."""


class Runner:
    def __init__(self, timeout):
        self.timeout = timeout
        self.env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0",
                        PYTHONIOENCODING="utf-8")

    def run(self, argv, stdin_path=None, cwd=None, env=None, with_stderr=False):
        """Runs argv (with `env` added to the environment); returns its stdout, or (stdout,
        stderr) when `with_stderr`. Raises StageError with its stderr on failure."""
        shown = " ".join(str(a) for a in argv)
        if stdin_path:
            shown += " < " + str(stdin_path)
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        try:
            proc = subprocess.run([str(a) for a in argv], stdin=stdin, capture_output=True,
                                  timeout=self.timeout, env=dict(self.env, **(env or {})), cwd=cwd)
        except subprocess.TimeoutExpired:
            raise StageError("timed out after %ss: %s" % (self.timeout, shown))
        except OSError as exc:
            raise StageError("cannot run %s: %s" % (shown, exc))
        finally:
            if stdin_path:
                stdin.close()
        stdout = proc.stdout.decode("utf-8", "replace")
        if proc.returncode != 0:
            raise StageError("exit status %d: %s\n%s" % (proc.returncode, shown,
                                                        tail(proc.stderr.decode("utf-8", "replace"))))
        if with_stderr:
            return stdout, proc.stderr.decode("utf-8", "replace")
        return stdout


def tail(text, lines=40):
    rows = text.rstrip("\n").splitlines()
    if len(rows) > lines:
        rows = ["... (%d lines cut)" % (len(rows) - lines)] + rows[-lines:]
    return "\n".join("    stderr| " + r for r in rows) if rows else "    (no stderr)"


class Report:
    def __init__(self, allow_fallback=False):
        self.passed = 0
        self.failed = 0
        self.wrong_answers = 0  # checks with a result different from CPython's
        self.fallbacks = 0  # checks whose only problem is compiled code falling back
        self.allow_fallback = allow_fallback

    def check(self, case, name, problems, note="", fallbacks=(), wrong_answer=False):
        """Report one check. `problems` are failures (results different from CPython's when
        `wrong_answer`, else e.g. a stage that did not run); `fallbacks` are inputs on which
        compiled code fell back where the rule says it must not (never a wrong answer)."""
        if problems:
            self.failed += 1
            self.wrong_answers += wrong_answer
            print("FAIL %s: %s%s" % (case, name, " (WRONG ANSWER)" if wrong_answer else ""))
            for p in list(problems) + list(fallbacks):
                print("  " + p.replace("\n", "\n  "))
        elif fallbacks:
            self.fallbacks += 1
            if self.allow_fallback:
                self.passed += 1
                print("FALLBACK %s: %s (not a wrong answer; allowed by --allow-fallback%s)"
                      % (case, name, ", " + note if note else ""))
            else:
                self.failed += 1
                print("FAIL %s: %s (FALLBACK, not a wrong answer: compiled code fell back on %d "
                      "traced input%s; --allow-fallback accepts this)"
                      % (case, name, len(fallbacks), "" if len(fallbacks) == 1 else "s"))
            for p in fallbacks:
                print("  " + p.replace("\n", "\n  "))
        else:
            self.passed += 1
            print("PASS %s: %s%s" % (case, name, " (" + note + ")" if note else ""))
        sys.stdout.flush()


# --- Comparing result lines --------------------------------------------------------------------

def read_jsonl(path):
    return [json.loads(l) for l in pathlib.Path(path).read_text(encoding="utf-8").split("\n")
            if l.strip()]


def parse_lines(stdout):
    """Result lines of a stage; an unparsable line becomes an error string."""
    out = []
    for line in stdout.split("\n"):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            out.append("not JSON: " + line)
    return out


def is_fallback(obj):
    return obj == {"fallback": True}


def same_result(actual, expected):
    """True when `actual` states exactly the expected result (an extra `json` key is allowed)."""
    if not isinstance(actual, dict):
        return False
    keys = set(actual) - {"json"}
    return keys == set(expected) and all(actual[k] == expected[k] for k in expected)


def compare_lines(actual, expected, inputs, allow_fallback=None):
    """Problems with `actual` result lines against `expected`, one per bad input line.

    allow_fallback(i) says whether {"fallback": true} is acceptable for input i; None means a
    fallback is never acceptable. Returns (problems, number of fallbacks, refused fallbacks):
    `problems` are wrong answers, `refused fallbacks` the fallbacks allow_fallback refused."""
    problems = []
    refused = []
    fallbacks = 0
    if len(actual) != len(expected):
        problems.append("%d result lines for %d inputs" % (len(actual), len(expected)))
    for i, exp in enumerate(expected):
        got = actual[i] if i < len(actual) else "(missing)"
        if is_fallback(got) and allow_fallback is not None:
            fallbacks += 1
            ok, why = allow_fallback(i)
            if not ok:
                refused.append("input %s: fell back (%s); expected %s"
                                % (json.dumps(inputs[i]), why, json.dumps(exp, ensure_ascii=False)))
            continue
        if not same_result(got, exp):
            problems.append("input %s:\n  expected %s\n  got      %s"
                            % (json.dumps(inputs[i]), json.dumps(exp, ensure_ascii=False),
                               got if isinstance(got, str) else json.dumps(got, ensure_ascii=False)))
    return problems, fallbacks, refused


def big_ints_in(value):
    """True when a JSON value holds an integer outside signed 64 bits."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return not INT64_MIN <= value <= INT64_MAX
    if isinstance(value, list):
        return any(big_ints_in(v) for v in value)
    if isinstance(value, dict):
        return any(big_ints_in(v) for v in value.values())
    return False


def lone_surrogates_in(value):
    """True when a JSON value holds a str (or dict key) with a lone surrogate, which Python's
    json.loads accepts and a Rust String cannot hold: compiled code falls back on it."""
    if isinstance(value, str):
        return re.search("[\ud800-\udfff]", value) is not None
    if isinstance(value, list):
        return any(lone_surrogates_in(v) for v in value)
    if isinstance(value, dict):
        return any(lone_surrogates_in(k) or lone_surrogates_in(v) for k, v in value.items())
    return False


def big_ints_in_text(text):
    # A run of more than 19 digits counts as past 64 bits without int(), which refuses runs
    # past CPython's 4300-digit limit.
    return any(len(m.lstrip("-")) > 19 or not INT64_MIN <= int(m) <= INT64_MAX
               for m in re.findall(r"-?\d+", text))


# --- Comparing traces --------------------------------------------------------------------------

def json_diff(a, b, path="$", out=None, limit=8):
    """Paths where two parsed JSON values differ (at most `limit`)."""
    if out is None:
        out = []
    if len(out) >= limit:
        return out
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a:
                out.append("%s.%s: only in the C++ trace: %s" % (path, k, short(b[k])))
            elif k not in b:
                out.append("%s.%s: only in the Python trace: %s" % (path, k, short(a[k])))
            else:
                json_diff(a[k], b[k], "%s.%s" % (path, k), out, limit)
            if len(out) >= limit:
                break
    elif isinstance(a, list) and isinstance(b, list):
        for i in range(min(len(a), len(b))):
            json_diff(a[i], b[i], "%s[%d]" % (path, i), out, limit)
            if len(out) >= limit:
                return out
        if len(a) != len(b):
            out.append("%s: %d items in the Python trace, %d in the C++ trace; first extra: %s"
                       % (path, len(a), len(b), short((a if len(a) > len(b) else b)[min(len(a), len(b))])))
    elif a != b or type(a) is not type(b):
        out.append("%s: Python trace has %s, C++ trace has %s" % (path, short(a), short(b)))
    return out


def short(value, width=160):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[:width] + "..."


# --- A case ------------------------------------------------------------------------------------

def read_waivers():
    """`test/Differential/fallback-ok.txt`: `CASE: REASON` lines waiving the no-fallback rule
    for cases whose source is not ours to annotate (the shared ones)."""
    path = pathlib.Path(__file__).resolve().parent.parent / "test" / "Differential" / "fallback-ok.txt"
    waivers = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip() and not line.startswith("#"):
                case, _, reason = line.partition(":")
                waivers[case.strip()] = reason.strip()
    return waivers


FALLBACK_OK = read_waivers()


class Case:
    def __init__(self, folder, name):
        self.name = name
        self.source = (folder / (name + ".py")).resolve()
        self.inputs_path = (folder / (name + ".inputs.jsonl")).resolve()
        self.expected_path = (folder / (name + ".expected.jsonl")).resolve()
        text = self.source.read_text(encoding="utf-8-sig")
        m = re.search(r"^# entry: (\w+)", text, re.M)
        if not m:
            raise ValueError("%s has no '# entry: FUNC' line" % self.source)
        self.entry = m.group(1)
        # The module's __name__ as shared/cases/run_cpython.py loads it (every stage runs as it).
        self.module_name = "case_" + name
        # `# fallback-ok: REASON` waives the rule that fully traced inputs must not fall back
        # (for features compiled code does not implement yet); a different answer still fails.
        m = re.search(r"^# fallback-ok: (.+)$", text, re.M)
        self.fallback_ok = m.group(1).strip() if m else FALLBACK_OK.get(name)
        self.inputs = read_jsonl(self.inputs_path)
        self.expected = read_jsonl(self.expected_path)
        if len(self.inputs) != len(self.expected):
            raise ValueError("%s: %d inputs but %d expected lines"
                             % (name, len(self.inputs), len(self.expected)))


def case_names(folder):
    for src in sorted(folder.glob("*.py")):
        if src.name == "run_cpython.py":
            continue
        if (src.with_suffix(".inputs.jsonl")).exists() and \
                re.search(r"^# entry: \w+", src.read_text(encoding="utf-8-sig"), re.M):
            yield src.stem


class Checker:
    def __init__(self, args, runner, report, workdir):
        self.pyctl = args.pyctl
        self.python = sys.executable
        self.run = runner.run
        self.report = report
        self.workdir = workdir
        self.rust = not args.no_rust

    def cpython(self, program, case, inputs_path):
        return parse_lines(self.run([self.python, "-c", CPYTHON_RUNNER, program, case.entry,
                                     inputs_path, case.module_name]))

    def stage(self, case, name, action, compare=True):
        """Runs action() -> result lines, reports the check; returns the lines or None."""
        try:
            lines = action()
        except StageError as exc:
            self.report.check(case.name, name, [str(exc)])
            return None
        if compare:
            problems, _, _ = compare_lines(lines, case.expected, case.inputs)
            self.report.check(case.name, name, problems, "%d inputs" % len(case.inputs),
                              wrong_answer=True)
        return lines

    def check_case(self, case):
        d = self.workdir / case.name
        d.mkdir()
        anf_py = d / (case.name + "_anf.py")
        instrumented = d / (case.name + "_instrumented.py")
        py_trace = d / "py_trace.json"
        cpp_trace = d / "cpp_trace.json"

        # (a) the original program under CPython.
        self.stage(case, "cpython-original",
                   lambda: self.cpython(case.source, case, case.inputs_path))

        # (b) the A-normal form program under CPython.
        def anf():
            self.run([self.pyctl, "-passes=anf", case.source, "-o", anf_py])
            return self.cpython(anf_py, case, case.inputs_path)
        self.stage(case, "cpython-anf", anf)

        # (c) the instrumented program under CPython with the tracing module.
        def python_tracer():
            self.run([self.pyctl, "-passes=anf,trace", case.source, "-o", instrumented])
            return parse_lines(self.run([self.python, PYCTL_TRACE, instrumented,
                                         "--inputs", case.inputs_path, "--entry", case.entry,
                                         "--source", case.source, "--module-name",
                                         case.module_name, "-o", py_trace]))
        self.stage(case, "python-tracer", python_tracer)

        # (d) the C++ evaluator.
        self.stage(case, "cpp-evaluator", lambda: parse_lines(self.trace(case, case.inputs_path, cpp_trace)))

        # (e) both traces, as parsed JSON.
        problems = []
        missing = [str(p.name) for p in (py_trace, cpp_trace) if not p.exists()]
        if missing:
            problems.append("not compared: %s missing (its stage failed)" % ", ".join(missing))
        else:
            try:
                a = json.loads(py_trace.read_text(encoding="utf-8"))
                b = json.loads(cpp_trace.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                problems.append("a trace is not JSON: %s" % exc)
            else:
                problems += json_diff(a, b)
                if problems:
                    problems.append("(files: %s %s; --keep keeps them)" % (py_trace, cpp_trace))
        self.report.check(case.name, "traces-identical", problems)

        if not self.rust:
            return
        # (f) compiled Rust of the trace of every input.
        self.check_compiled(case, cpp_trace, d / "all")

        # (g) the fallback check: a partial trace falls back on an untraced path.
        if case.name in FALLBACK_PROBES:
            self.check_fallback(case, d, *FALLBACK_PROBES[case.name])

    def trace(self, case, inputs_path, out):
        return self.run([self.pyctl, "--trace", case.source, "--inputs", inputs_path,
                         "--entry", case.entry, "--module-name", case.module_name, "-o", out])

    def build_and_run(self, trace_path, exe, inputs_path):
        self.run([self.pyctl, "--build-rust", trace_path, "-o", exe])
        return parse_lines(self.run([exe], stdin_path=inputs_path))

    def check_compiled(self, case, cpp_trace, exe):
        if not cpp_trace.exists():
            self.report.check(case.name, "compiled-rust",
                              ["not run: cpp_trace.json missing (the cpp-evaluator stage failed)"])
            return

        def allowed(i):
            exp = case.expected[i]
            if "error" in exp:
                return True, "CPython raises"
            if big_ints_in(case.inputs[i]) or big_ints_in_text(exp["repr"] + exp["stdout"]):
                return True, "an integer beyond 64 bits"
            if lone_surrogates_in(case.inputs[i]):
                return True, "a lone surrogate in the arguments"
            if case.fallback_ok:
                return True, case.fallback_ok
            return False, "every input was traced and CPython returns normally"

        try:
            self.run([self.pyctl, "--build-rust", cpp_trace, "-o", exe])
            stdout, stderr = self.run([exe], stdin_path=case.inputs_path,
                                      env={"PYCTL_FALLBACK_REASON": "1"}, with_stderr=True)
            lines = parse_lines(stdout)
        except StageError as exc:
            self.report.check(case.name, "compiled-rust", [str(exc)])
            return
        # The executable's reasons: `pyctl: input line N: fallback: REASON` on stderr.
        # N counts every line of the inputs file; read_jsonl skips blank ones.
        numbers = [n for n, l in enumerate(case.inputs_path.read_text(encoding="utf-8").split("\n"), 1)
                   if l.strip()]
        reasons = {}
        for m in re.finditer(r"input line (\d+): fallback: (.*)", stderr):
            if int(m.group(1)) in numbers:
                reasons[numbers.index(int(m.group(1)))] = m.group(2)

        def allowed_with_reason(i):
            ok, why = allowed(i)
            return ok, why + ("; reason: " + reasons[i] if i in reasons else "")
        problems, fallbacks, refused = compare_lines(lines, case.expected, case.inputs,
                                                     allowed_with_reason)
        self.report.check(case.name, "compiled-rust", problems,
                          "%d inputs, %d fell back" % (len(case.inputs), fallbacks), refused,
                          wrong_answer=True)

    def check_fallback(self, case, d, first_inputs, probe):
        def expected_for(args):
            for inp, exp in zip(case.inputs, case.expected):
                if inp == args:
                    return exp
            raise ValueError("%s: %s is not one of the case's inputs" % (case.name, json.dumps(args)))

        def write(path, rows):
            path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            return path

        first = write(d / "first.inputs.jsonl", first_inputs)
        probe_in = write(d / "probe.inputs.jsonl", [probe])
        both = write(d / "both.inputs.jsonl", first_inputs + [probe])
        partial_trace, probe_trace = d / "partial_trace.json", d / "probe_trace.json"
        both_trace, merged_trace = d / "both_trace.json", d / "merged_trace.json"
        name = "fallback (trace %s, probe %s)" % (json.dumps(first_inputs), json.dumps(probe))
        problems = []
        try:
            self.trace(case, first, partial_trace)
            lines = self.build_and_run(partial_trace, d / "partial", first)
            bad, _, refused = compare_lines(lines, [expected_for(a) for a in first_inputs], first_inputs,
                                            lambda i: (False, "this input was traced"))
            problems += ["partial trace, traced input: " + p for p in bad + refused]
            lines = self.build_and_run(partial_trace, d / "partial", probe_in)
            if lines != [{"fallback": True}]:
                problems.append("partial trace, untraced input %s: expected {\"fallback\": true}, got %s"
                                % (json.dumps(probe), json.dumps(lines)))
            self.trace(case, both, both_trace)
            lines = self.build_and_run(both_trace, d / "both", probe_in)
            bad, _, refused = compare_lines(lines, [expected_for(probe)], [probe],
                                            lambda i: (False, "this input is now traced"))
            problems += ["after tracing it too: " + p for p in bad + refused]
        except StageError as exc:
            problems.append(str(exc))
        self.report.check(case.name, name, problems)

        # Merging the two partial traces gives the trace of both inputs.
        problems = []
        try:
            self.trace(case, probe_in, probe_trace)
            self.run([self.pyctl, "--merge", partial_trace, probe_trace, "-o", merged_trace])
            merged = json.loads(merged_trace.read_text(encoding="utf-8"))
            whole = json.loads(both_trace.read_text(encoding="utf-8"))
            diff = json_diff(merged, whole)
            problems += [line.replace("Python trace", "merged trace")
                         .replace("C++ trace", "trace of both") for line in diff]
        except (StageError, OSError, json.JSONDecodeError) as exc:
            problems.append(str(exc))
        self.report.check(case.name, "merge (trace %s) + (trace %s) == trace of both"
                          % (json.dumps(first_inputs), json.dumps([probe])), problems)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", nargs="*", help="case names (default: %s)" % " ".join(DEFAULT_CASES))
    ap.add_argument("--all", action="store_true", help="every case in the cases directory")
    ap.add_argument("--cases-dir", type=pathlib.Path, default=REPO.parent / "shared" / "cases",
                    help="directory of NAME.py, NAME.inputs.jsonl, NAME.expected.jsonl")
    ap.add_argument("--pyctl", type=pathlib.Path, default=REPO / "build" / "tools" / "pyctl" / "pyctl")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("--timeout", type=float, default=600, help="seconds allowed to each stage")
    ap.add_argument("--no-rust", action="store_true", help="skip the compiled-Rust checks")
    ap.add_argument("--allow-fallback", action="store_true",
                    help="report compiled code falling back on a traced input as FALLBACK without "
                         "failing the run (wrong answers still fail)")
    args = ap.parse_args()
    args.pyctl = args.pyctl.resolve()
    folder = args.cases_dir.resolve()

    if args.all:
        names = list(case_names(folder))
    else:
        names = args.cases or DEFAULT_CASES
    report = Report(args.allow_fallback)
    if not args.pyctl.exists():
        print("FAIL setup: pyctl not found at %s (build it, or pass --pyctl)" % args.pyctl)
        report.failed += 1
        names = []
    if not PYCTL_TRACE.exists():
        print("note: %s is missing: the python-tracer checks will fail" % PYCTL_TRACE)

    workdir = pathlib.Path(tempfile.mkdtemp(prefix="pyctl-differential-"))
    checker = Checker(args, Runner(args.timeout), report, workdir)
    try:
        for name in names:
            try:
                case = Case(folder, name)
            except (OSError, ValueError) as exc:
                report.check(name, "case files", [str(exc)])
                continue
            checker.check_case(case)
    finally:
        if args.keep:
            print("kept %s" % workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print("%d passed, %d failed (wrong answers: %d checks; fallbacks: %d checks%s)"
          % (report.passed, report.failed, report.wrong_answers, report.fallbacks,
             ", allowed" if report.allow_fallback and report.fallbacks else ""))
    return 1 if report.failed else 0


def run_with_deep_stack(fn):
    """fn() on a thread with a 512 MiB stack and a high recursion limit. The trace of a
    recursion D calls deep nests about 10*D JSON levels, and json.loads, == and json_diff
    recurse once per level: CPython's default limit (1000) stops them at D of about 100."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000000))
    threading.stack_size(512 * 1024 * 1024)
    outcome = {}

    def run():
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # re-raised in the main thread (SystemExit included)
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="differential")
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


if __name__ == "__main__":
    sys.exit(run_with_deep_stack(main))
