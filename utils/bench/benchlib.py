"""What the benchmark scripts share: running a command, and timing a function under CPython.

CPython's time is measured in a process of its own, after the import, around the call alone,
so start-up and the module's import are not counted.
"""

import contextlib
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

_CPYTHON_TIMER = r"""
import importlib.util, json, sys, time
src, entry, args, repeat, clock = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
spec = importlib.util.spec_from_file_location("bench_case", src)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
fn = getattr(mod, entry)
now = time.process_time if clock == "cpu" else time.perf_counter
times = []
for _ in range(repeat):
    t0 = now()
    value = fn(*args)
    times.append(now() - t0)
print(json.dumps({"repr": repr(value), "times": times}))
"""


@contextlib.contextmanager
def work_dir(keep, prefix="pyctl-bench-"):
    """A new temporary directory (a pathlib.Path) for the benchmark's files; removed at the end
    unless `keep`, in which case its path is printed."""
    work = pathlib.Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield work
    finally:
        if keep:
            print("kept %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)


def run(argv, **kw):
    """Run argv (items made str); its stdout. Exits the benchmark when it fails."""
    proc = subprocess.run([str(a) for a in argv], capture_output=True, text=True, **kw)
    if proc.returncode != 0:
        sys.exit("bench: failed (exit %d): %s\n%s" % (proc.returncode, " ".join(map(str, argv)),
                                                      proc.stderr))
    return proc.stdout


def cpython_times(source, entry, args, repeat, clock="wall"):
    """Call `entry(*args)` of the file `source` under this CPython `repeat` times.

    Returns (repr of the value, list of seconds per call); `clock` is "wall"
    (time.perf_counter) or "cpu" (time.process_time).
    """
    out = json.loads(run([sys.executable, "-c", _CPYTHON_TIMER, source, entry, json.dumps(args),
                          repeat, clock]))
    return out["repr"], out["times"]
