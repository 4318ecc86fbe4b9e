#!/usr/bin/env python3
"""Load test of `pyctl serve`: requests/s and latency percentiles, three ways, in one run.

1. pyctl serve, interpreting (--trace-calls high enough that it never compiles);
2. pyctl serve, compiled (POST /compile after a few traced calls, then wait for the build);
3. the same function under a plain CPython HTTP server (http.server.ThreadingHTTPServer, the
   OpenWhisk launcher's rules: main(value) -> json.dumps(result)), started by this script.

Each is driven with `wrk` (Debian package wrk) for --duration seconds with --connections
concurrent connections, all POSTing {"value": VALUE} to /run. Before the load, one answer of
each server is compared with CPython's. Not a test: it prints numbers and asserts nothing about
speed.

  utils/bench/serve_load.py [--pyctl build/tools/pyctl/pyctl] [--source utils/bench/serve_fn.py]
                            [--value '{"n": 30}'] [--duration 5] [--connections 8] [--threads 8]
"""
import argparse
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

REPO = pathlib.Path(__file__).resolve().parents[2]

CPYTHON_SERVER = r"""
import http.server, json, sys
src, entry = sys.argv[1], sys.argv[2]
code = compile(open(src, encoding="utf-8").read(), src, "exec")

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes
    def log_message(self, *a):
        pass
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        status = 200
        try:
            value = json.loads(body).get("value", {})
            g = {"__name__": "__main__"}
            exec(code, g)  # module code runs afresh per call, as pyctl does
            res = g[entry](value)
            if not isinstance(res, dict):
                status, res = 502, {"error": "The action did not return a dictionary."}
        except Exception as ex:
            res = {"error": str(ex)}
        out = json.dumps(res, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print("listening on http://127.0.0.1:%d" % srv.server_address[1], file=sys.stderr, flush=True)
srv.serve_forever()
"""

WRK_LUA = """
wrk.method = "POST"
wrk.body = %s
wrk.headers["Content-Type"] = "application/json"
"""


def start(cmd, logdir, name):
    err_path = os.path.join(logdir, name + ".stderr")
    with open(os.path.join(logdir, name + ".stdout"), "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
    deadline = time.time() + 30
    while time.time() < deadline:
        text = open(err_path, encoding="utf-8", errors="replace").read()
        m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", text)
        if m:
            return proc, int(m.group(1))
        if proc.poll() is not None:
            sys.exit("%s exited: %s" % (name, text))
        time.sleep(0.05)
    proc.kill()
    sys.exit("%s did not start" % name)


def post(port, path, payload):
    req = urllib.request.Request("http://127.0.0.1:%d%s" % (port, path), data=json.dumps(payload).encode(),
                                 method="POST", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            return r.status, dict(r.headers), json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), json.loads(e.read())


def status(port):
    with urllib.request.urlopen("http://127.0.0.1:%d/status" % port, timeout=60) as r:
        return json.loads(r.read())


def wrk(port, value, opts, logdir):
    lua = os.path.join(logdir, "post.lua")
    with open(lua, "w") as f:
        f.write(WRK_LUA % json.dumps(json.dumps({"value": value})))
    cmd = ["wrk", "-t%d" % min(opts.connections, 4), "-c%d" % opts.connections, "-d%ds" % opts.duration,
           "--latency", "-s", lua, "http://127.0.0.1:%d/run" % port]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    pct = {}
    for p in ("50", "90", "99"):
        m = re.search(r"^\s+%s(?:\.000)?%%\s+([\d.]+)(us|ms|s)\s*$" % p, out, re.M)
        scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]
        pct[p] = float(m.group(1)) * scale
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, pct, int(errors.group(1)) if errors else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pyctl", default=str(REPO / "build" / "tools" / "pyctl" / "pyctl"))
    ap.add_argument("--source", default=str(REPO / "utils" / "bench" / "serve_fn.py"))
    ap.add_argument("--entry", default="main")
    ap.add_argument("--value", default='{"n": 30}', help="the request's value (JSON)")
    ap.add_argument("--duration", type=int, default=5, help="seconds of load per server")
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--threads", type=int, default=8, help="pyctl serve worker threads")
    opts = ap.parse_args()
    if not shutil.which("wrk"):
        sys.exit("serve_load.py needs wrk (apt-get install wrk; utils/setup.sh installs it)")
    value = json.loads(opts.value)
    logdir = tempfile.mkdtemp(prefix="pyctl-serve-bench-")
    procs = []
    rows = []
    try:
        # CPython's answer, from the plain server.
        cpy, cport = start([sys.executable, "-c", CPYTHON_SERVER, opts.source, opts.entry], logdir, "cpython")
        procs.append(cpy)
        _, _, want = post(cport, "/run", {"value": value})

        common = [opts.pyctl, "serve", opts.source, "--port", "0", "--entry", opts.entry, "--quiet",
                  "--threads", str(opts.threads)]
        interp, iport = start(common + ["--trace-calls", "1000000000"], logdir, "interpreting")
        procs.append(interp)
        st, h, got = post(iport, "/run", {"value": value})
        assert (st, got) == (200, want), ("interpreter", st, got, want)
        rows.append(("pyctl serve, interpreting",) + wrk(iport, value, opts, logdir))
        interp.send_signal(signal.SIGTERM)
        interp.wait()

        comp, pport = start(common + ["--trace-calls", "1000000000"], logdir, "compiled")
        procs.append(comp)
        post(pport, "/run", {"value": value})
        post(pport, "/compile", {})
        t0 = time.time()
        while True:
            s = status(pport)
            if s["mode"] == "compiled" and not s["building"]:
                break
            if s["mode"] == "interpreted":
                sys.exit("the build failed: %s" % s["lastError"])
            time.sleep(0.2)
        print("compiled in %.1fs (cargo; cached target directory)" % (time.time() - t0), file=sys.stderr)
        st, h, got = post(pport, "/run", {"value": value})
        assert (st, got) == (200, want), ("compiled", st, got, want)
        assert h.get("X-Pyctl-Served-By") == "compiled", h
        rows.append(("pyctl serve, compiled",) + wrk(pport, value, opts, logdir))
        fallbacks = status(pport)["calls"]["fallbacks"]

        rows.append(("CPython ThreadingHTTPServer",) + wrk(cport, value, opts, logdir))
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    print("value %s, %d connections, %ds each" % (json.dumps(value), opts.connections, opts.duration))
    print("%-30s %12s %10s %10s %10s %8s" % ("server", "requests/s", "p50 ms", "p90 ms", "p99 ms", "non-2xx"))
    for name, rps, pct, errors in rows:
        print("%-30s %12.0f %10.3f %10.3f %10.3f %8d" % (name, rps, pct["50"], pct["90"], pct["99"], errors))
    if fallbacks:
        print("note: %d compiled calls fell back to the interpreter" % fallbacks)
    shutil.rmtree(logdir, ignore_errors=True)


if __name__ == "__main__":
    main()
