#!/usr/bin/env python3
"""Integration tests of `pyctl serve` (docs/serve.md), run by ctest.

Each test starts `pyctl serve` on a free loopback port (--port 0; the port is
read from its "listening on" line), talks to it with urllib, compares every
answer with CPython's (the same function run here under python3, with the
OpenWhisk Python launcher's rules), and always kills the server.

  serve_test.py --pyctl build/tools/pyctl/pyctl [--suite interpreted|compiled|all] [-k NAME]
                [--cases-dir ../shared/cases]

The `interpreted` suite needs no Rust toolchain; `compiled` builds Rust
libraries with cargo (the first build takes a while with a cold cache).
"""
import argparse
import contextlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(HERE, "Inputs")
SHAPES = os.path.join(INPUTS, "shapes.py")
COUNT = os.path.join(INPUTS, "count.py")
NONSTR_KEYS = os.path.join(INPUTS, "nonstr_keys.py")
PYCTL = None
CASES_DIR = os.path.join(HERE, "..", "..", "..", "shared", "cases")
LIVE = []  # servers to kill on exit


class Server:
    """One `pyctl serve` process with its logs in a temporary directory."""

    def __init__(self, args, workdir, name="server", env=None):
        self.workdir = workdir
        self.out_path = os.path.join(workdir, name + ".stdout")
        self.err_path = os.path.join(workdir, name + ".stderr")
        self.args = [PYCTL, "serve", "--port", "0"] + args
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            self.proc = subprocess.Popen(self.args, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env)
        LIVE.append(self)
        self.port = None
        deadline = time.time() + 30
        while time.time() < deadline:
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", self.stderr())
            if m:
                self.port = int(m.group(1))
                return
            if self.proc.poll() is not None:
                raise AssertionError("pyctl serve exited with %s:\n%s" % (self.proc.returncode, self.stderr()))
            time.sleep(0.02)
        raise AssertionError("pyctl serve did not start:\n" + self.stderr())

    def stderr(self):
        with open(self.err_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def stdout(self):
        with open(self.out_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def request(self, method, path, body=None, timeout=60):
        data = body if body is None or isinstance(body, bytes) else json.dumps(body).encode()
        req = urllib.request.Request("http://127.0.0.1:%d%s" % (self.port, path), data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def run(self, value, **kw):
        status, headers, body = self.request("POST", "/run", {"value": value}, **kw)
        return status, headers, json.loads(body)

    def status(self):
        status, _, body = self.request("GET", "/status")
        assert status == 200, status
        return json.loads(body)

    def wait_mode(self, mode, timeout=600, compiles=None):
        deadline = time.time() + timeout
        while time.time() < deadline:
            s = self.status()
            if s["mode"] == mode and not s["building"] and (compiles is None or s["compiles"] >= compiles):
                return s
            if self.proc.poll() is not None:
                raise AssertionError("server died:\n" + self.stderr())
            time.sleep(0.2)
        raise AssertionError("mode %s not reached: %s\n%s" % (mode, self.status(), self.stderr()))

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


def kill_all():
    for s in LIVE:
        if s.proc.poll() is None:
            s.proc.kill()
            s.proc.wait()


def cpython(path, value, entry="main", calling="openwhisk"):
    """What the OpenWhisk Python runtime answers: (status, body, stdout)."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    out = io.StringIO()
    # The launcher imports the action as the module `main__` (openwhisk-runtime-python,
    # python3ActionLoop: bin/compile renames it main__.py; lib/launcher.py: from main__ import main).
    g = {"__name__": "main__"}
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(source, path, "exec"), g)
            if calling == "positional":
                res = {"result": g[entry](*value["args"])}
            elif calling == "aws":  # handler(event, context): the value and None
                res = g[entry](value, None)
            else:
                res = g[entry](value)
        except Exception as ex:  # the launcher: {"error": str(ex)}
            return 200, {"error": str(ex)}, out.getvalue()
    if not isinstance(res, dict):
        return 502, {"error": "The action did not return a dictionary."}, out.getvalue()
    def no_constant(name):
        raise ValueError(name)
    try:
        # NaN / Infinity values make text that is not JSON; as keys ("Infinity") they are strs.
        text = json.dumps(res, ensure_ascii=False)
        text.encode("utf-8")
        json.loads(text, parse_constant=no_constant)
    except (TypeError, ValueError, UnicodeEncodeError):
        return 502, None, out.getvalue()  # no JSON answer: any 502 error will do
    return 200, json.loads(text), out.getvalue()


def check_call(server, value, served_by=None, path=SHAPES, **kw):
    status, headers, body = server.run(value)
    want_status, want_body, want_out = cpython(path, value, **kw)
    if want_body is None and status == 502 and "error" in body:
        want_body = body
    assert (status, body) == (want_status, want_body), \
        "value %r: pyctl answered %s %r, CPython %s %r" % (value, status, body, want_status, want_body)
    if served_by:
        assert headers.get("X-Pyctl-Served-By") == served_by, (value, headers)
    return headers


# --- Tests that need no compiler ---------------------------------------------

def test_protocol_and_interpreter(tmp):
    state = os.path.join(tmp, "state")
    s = Server([SHAPES, "--trace-calls", "1000", "--state", state], tmp)
    try:
        with open(SHAPES, "rb") as f:
            code = f.read().decode()
        # /init with the same code is accepted once, then refused as OpenWhisk runtimes do.
        st, _, body = s.request("POST", "/init", {"value": {"name": "shapes", "main": "main", "code": code}})
        assert st == 200 and json.loads(body) == {"ok": True}, (st, body)
        st, _, body = s.request("POST", "/init", {"value": {"code": code}})
        assert st == 403 and "more than once" in json.loads(body)["error"], (st, body)
        for n in list(range(0, 13)):
            h = check_call(s, {"n": n}, served_by="interpreter")
            assert h.get("X-Pyctl-Mode") == "interpreting", h
        # A Python exception: {"error": str(ex)}, as the Python launcher answers.
        st, h, body = s.run({"n": 7})
        assert h.get("X-Pyctl-Error-Type") == "ZeroDivisionError", h
        check_call(s, {})  # KeyError: 'n'
        check_call(s, {"n": "x"})  # TypeError from '<' between str and int
        # print output goes to stdout, each activation ends with the sentinel.
        out = s.stdout()
        assert "n = 3\nXXX_THE_END_OF_A_WHISK_ACTIVATION_XXX\n" in out, out[-500:]
        assert "XXX_THE_END_OF_A_WHISK_ACTIVATION_XXX" in s.stderr()
        # Malformed and oversized requests get clear errors.
        st, _, body = s.request("POST", "/run", b"{not json")
        assert st == 400 and "error" in json.loads(body), (st, body)
        st, _, body = s.request("POST", "/run", {"value": [1, 2]})
        assert st == 404 and "dictionary" in json.loads(body)["error"], (st, body)
        st, _, body = s.request("POST", "/run", {"value": {"n": 1, "pad": "x" * (2 << 20)}})
        assert st == 413 and "exceeds" in json.loads(body)["error"], (st, body)
        st, _, body = s.request("GET", "/nowhere")
        assert st == 404 and "error" in json.loads(body), (st, body)
        st, _, body = s.request("GET", "/run")
        assert st == 405, st
        # Still serving.
        check_call(s, {"n": 4}, served_by="interpreter")
        info = s.status()
        for key in ("mode", "tracedCalls", "traceCalls", "compiles", "recompiles", "calls", "limits", "lastError"):
            assert key in info, (key, info)
        assert info["mode"] == "interpreting" and info["initialized"] is True, info
        traced = info["tracedCalls"]
        assert traced >= 16, info
        assert os.path.exists(os.path.join(state, "trace.json")) and os.path.exists(os.path.join(state, "state.json"))
        # kill -9 and restart: the traced calls and the merged trace are kept.
        s.kill9()
        s2 = Server([SHAPES, "--trace-calls", "1000", "--state", state], tmp, "restarted")
        info2 = s2.status()
        assert info2["tracedCalls"] == traced and info2["traceInvocations"] == info["traceInvocations"], (info, info2)
        assert info2["mode"] == "interpreting", info2
        check_call(s2, {"n": 5}, served_by="interpreter")
        assert s2.stop() == 0
    finally:
        s.stop()
    # A state directory of another source is refused.
    other = os.path.join(tmp, "other.py")
    with open(other, "w") as f:
        f.write("def main(args):\n    return {'other': True}\n")
    p = subprocess.run([PYCTL, "serve", other, "--port", "0", "--state", state], capture_output=True, text=True, timeout=30)
    assert p.returncode == 1 and "belongs to another source" in p.stderr, (p.returncode, p.stderr)


def test_concurrent_calls(tmp):
    s = Server([SHAPES, "--trace-calls", "100000", "--threads", "8", "--quiet"], tmp)
    try:
        values = [{"n": n % 13} for n in range(120)]
        want = {n: cpython(SHAPES, {"n": n})[:2] for n in range(13)}
        errors = []

        def worker(chunk):
            for v in chunk:
                st, _, body = s.run(v)
                if (st, body) != want[v["n"]]:
                    errors.append((v, st, body))

        threads = [threading.Thread(target=worker, args=(values[i::8],)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors[:3]
        info = s.status()
        assert info["calls"]["total"] == 120 and info["traceInvocations"] == 120, info
    finally:
        s.stop()


def test_conventions_and_init(tmp):
    # A positional function: {"args": [...]} in, {"result": ...} out.
    pos = os.path.join(INPUTS, "positional.py")
    s = Server([pos, "--trace-calls", "1000", "--calling", "positional"], tmp, "positional")
    try:
        for x in (-3, 0, 5, 2 ** 70):
            check_call(s, {"args": [x]}, path=pos, entry="double_absolute_value", calling="positional")
        st, _, body = s.run({"x": 1})
        assert st == 400 and "args" in body["error"], (st, body)
    finally:
        s.stop()
    # An AWS Lambda handler(event, context) gets the value and None, with --calling=aws and with
    # auto (two parameters, the second named context); empty, non-ASCII, negative, huge values.
    aws = os.path.join(INPUTS, "aws_handler.py")
    for calling in ("aws", "auto"):
        s = Server([aws, "--trace-calls", "1000", "--calling", calling], tmp, "aws-" + calling)
        try:
            for value in ({"n": 0}, {"name": "", "n": -3}, {"name": "Zoë 日本 😀", "n": 2 ** 62},
                          {"n": 2 ** 70}, {"name": "x"}, {"n": "ab"}):
                check_call(s, value, path=aws, entry="handler", calling="aws")
        finally:
            s.stop()
    # TypeErrors that name a function with its module name it `main__`, as the Python runtime.
    unp = os.path.join(INPUTS, "unpacking.py")
    s = Server([unp, "--trace-calls", "1000"], tmp, "unpacking")
    try:
        for value in ({"x": 2, "opts": {"k": 3}}, {"x": 2, "opts": {"k": 3}, "twice": 1},
                      {"x": 2, "opts": 5}, {"x": 2, "opts": {"j": 1}}):
            check_call(s, value, path=unp)
        st, _, body = s.run({"x": 2, "opts": {"k": 3}, "twice": 1})
        assert body["error"] == "main__.scale() got multiple values for keyword argument 'k'", body
    finally:
        s.stop()
    # Not a dict: 502 as the OpenWhisk runtimes answer.
    nd = os.path.join(INPUTS, "not_a_dict.py")
    s = Server([nd], tmp, "not_a_dict")
    try:
        check_call(s, {"x": 2}, path=nd)
    finally:
        s.stop()
    # No file: /run before /init is refused; /init loads the code.
    s = Server([], tmp, "bare")
    try:
        st, _, body = s.request("POST", "/run", {"value": {"n": 1}})
        assert st == 502, (st, body)
        st, _, body = s.request("POST", "/init", {"value": {"main": "main"}})
        assert st == 403, (st, body)
        st, _, body = s.request("POST", "/init", {"value": {"main": "main", "code": "def main(a):\n  return {'x': 1 +}\n"}})
        assert st == 502 and "error" in json.loads(body), (st, body)
        with open(SHAPES) as f:
            code = f.read()
        st, _, body = s.request("POST", "/init", {"value": {"name": "shapes", "main": "main", "code": code}})
        assert st == 200, (st, body)
        check_call(s, {"n": 2}, served_by="interpreter")
    finally:
        s.stop()


def test_bad_command_lines(tmp):
    for args, msg in ((["/nonexistent.py"], "cannot read"),
                      ([SHAPES, "--trace-calls", "0"], "--trace-calls"),
                      ([SHAPES, "--calling", "bogus"], "bogus"),
                      ([SHAPES, "--timeout", "-1"], "--timeout"),
                      ([SHAPES, COUNT], "at most one Python file (see pyctl serve --help)")):
        p = subprocess.run([PYCTL, "serve", "--port", "0"] + args, capture_output=True, text=True, timeout=30)
        assert p.returncode != 0 and msg in p.stderr, (args, p.returncode, p.stderr)
    bad = os.path.join(tmp, "bad.py")
    with open(bad, "w") as f:
        f.write("def main(args):\n    return {'a': 1 +}\n")
    p = subprocess.run([PYCTL, "serve", bad, "--port", "0"], capture_output=True, text=True, timeout=30)
    assert p.returncode == 1 and "bad.py:2:" in p.stderr and "error:" in p.stderr, p.stderr
    # An entry the trace IR cannot call is refused at start, not on every call.
    star = os.path.join(tmp, "star.py")
    with open(star, "w") as f:
        f.write("def main(*args):\n    return {}\n")
    p = subprocess.run([PYCTL, "serve", star, "--port", "0"], capture_output=True, text=True, timeout=30)
    assert p.returncode == 1 and "star.py:1:1: error: unsupported construct: an entry function with a '*args'" \
        in p.stderr, p.stderr


def raw_request(port, data):
    """Sends raw bytes on one connection; returns (status, body) of the first response."""
    import socket
    with socket.create_connection(("127.0.0.1", port), timeout=30) as c:
        c.sendall(data)
        buf = b""
        while b"\r\n\r\n" not in buf:
            chunk = c.recv(65536)
            if not chunk:
                break
            buf += chunk
        head, _, rest = buf.partition(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
        while len(rest) < length:
            chunk = c.recv(65536)
            if not chunk:
                break
            rest += chunk
        return int(head.split()[1]), rest[:length]


def test_bodies_ports_and_state(tmp):
    s = Server([SHAPES, "--max-body", "3000000", "--quiet"], tmp)
    try:
        # curl -d and urllib send form-encoded bodies: --max-body is still the limit (not 8 KiB).
        value = {"n": 3, "pad": "x" * 20000}
        data = json.dumps({"value": value}).encode()
        req = urllib.request.Request("http://127.0.0.1:%d/run" % s.port, data=data, method="POST")
        with urllib.request.urlopen(req, timeout=30) as r:
            assert r.headers["Content-Type"] == "application/json"
            assert r.status == 200 and json.loads(r.read()) == cpython(SHAPES, value)[1]
        big = json.dumps({"value": {"pad": "x" * 3000001}}).encode()
        req = urllib.request.Request("http://127.0.0.1:%d/run" % s.port, data=big, method="POST")
        try:
            urllib.request.urlopen(req, timeout=30)
            raise AssertionError("no 413")
        except urllib.error.HTTPError as e:
            body = e.read()
            assert e.code == 413 and b"limit of 3000000 bytes" in body, (e.code, body)
        # Error bodies are json.dumps(..., ensure_ascii=False), byte for byte.
        st, _, body = s.request("GET", "/nowhere")
        msg = json.loads(body)["error"]
        assert body == (json.dumps({"error": msg}, ensure_ascii=False) + "\n").encode(), body
        # A POST without Content-Length: /compile needs no body, /run says what is missing.
        t0 = time.time()
        st, body = raw_request(s.port, b"POST /compile HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert st == 202 and json.loads(body)["started"] is True, (st, body)
        st, body = raw_request(s.port, b"POST /run HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert st == 400 and "has no body" in json.loads(body)["error"], (st, body)
        assert time.time() - t0 < 3, "bodiless POSTs waited for a body"
        # A second server on the same port is refused.
        p = subprocess.run([PYCTL, "serve", SHAPES, "--port", str(s.port)], capture_output=True,
                           text=True, timeout=30)
        assert p.returncode == 1 and \
            "error: cannot listen on 127.0.0.1:%d: address already in use" % s.port in p.stderr, \
            (p.returncode, p.stderr)
        check_call(s, {"n": 4})
    finally:
        s.stop()
    # --state: created with its parents; a regular file is refused at start.
    nested = os.path.join(tmp, "a", "b", "state")
    s = Server([SHAPES, "--state", nested, "--quiet"], tmp, "nested")
    try:
        check_call(s, {"n": 2})
        assert os.path.exists(os.path.join(nested, "state.json"))
    finally:
        s.stop()
    plain = os.path.join(tmp, "plain")
    with open(plain, "w") as f:
        f.write("x")
    p = subprocess.run([PYCTL, "serve", SHAPES, "--port", "0", "--state", plain], capture_output=True,
                       text=True, timeout=30)
    assert p.returncode == 1 and "error: state directory" in p.stderr and "is not a directory" in p.stderr, \
        (p.returncode, p.stderr)


def test_limits(tmp):
    # Out of gas: an infinite loop is stopped, the server keeps serving.
    s = Server([SHAPES, "--gas", "200000", "--timeout", "0"], tmp, "gas")
    try:
        st, _, body = s.run({"n": -1}, timeout=60)
        assert st == 502 and "gas" in body["error"], (st, body)
        check_call(s, {"n": 3}, served_by="interpreter")
    finally:
        s.stop()
    s = Server([SHAPES, "--gas", "0", "--timeout", "0.3"], tmp, "timeout")
    try:
        t0 = time.time()
        st, _, body = s.run({"n": -1}, timeout=60)
        assert st == 504 and "time limit" in body["error"], (st, body)
        assert time.time() - t0 < 20
        check_call(s, {"n": 3}, served_by="interpreter")
    finally:
        s.stop()


# --- Tests that compile --------------------------------------------------------

def test_compiled_timeout(tmp):
    # Unlimited gas, 0.3 s of time: a traced loop asked to run 10**15 times stops at its
    # deadline in compiled code with 504 (answered there, not re-run in the interpreter).
    s = Server([COUNT, "--trace-calls", "1", "--gas", "0", "--timeout", "0.3"], tmp, "compiled-timeout")
    try:
        check_call(s, {"n": 3}, served_by="interpreter", path=COUNT)
        s.wait_mode("compiled")
        check_call(s, {"n": 5}, served_by="compiled", path=COUNT)
        t0 = time.time()
        st, h, body = s.run({"n": 10**15}, timeout=60)
        assert st == 504 and "time limit" in body["error"], (st, body)
        assert h["X-Pyctl-Served-By"] == "compiled", h
        assert time.time() - t0 < 20
        check_call(s, {"n": 7}, served_by="compiled", path=COUNT)
    finally:
        s.stop()


def test_compile_fallback_restart(tmp):
    state = os.path.join(tmp, "state")
    args = [SHAPES, "--trace-calls", "6", "--state", state, "--gas", "1000000"]
    s = Server(args, tmp)
    try:
        for n in range(0, 6):
            check_call(s, {"n": n}, served_by="interpreter")
        # The sixth traced call starts the build; the interpreter keeps serving.
        st, h, _ = s.run({"n": 2})
        assert h["X-Pyctl-Mode"] in ("compiling", "compiled"), h
        info = s.wait_mode("compiled")
        assert info["compiles"] == 1 and info["library"], info
        for n in range(0, 6):
            h = check_call(s, {"n": n}, served_by="compiled")
            assert h["X-Pyctl-Mode"] == "compiled"
        # n = 7 raises in CPython: compiled code falls back, the interpreter answers.
        check_call(s, {"n": 7}, served_by="fallback")
        # An untraced path (n > 10): CPython's answer via fallback, then it is in the trace.
        before = json.load(open(os.path.join(state, "trace.json")))
        assert '"big"' not in json.dumps(before)
        check_call(s, {"n": 12}, served_by="fallback")
        after = json.load(open(os.path.join(state, "trace.json")))
        assert '"big"' in json.dumps(after) and after["invocations"] > before["invocations"]
        info = s.wait_mode("compiled", compiles=2)
        assert info["recompiles"] >= 1 and info["calls"]["fallbacks"] >= 2, info
        check_call(s, {"n": 12}, served_by="compiled")
        # Out of gas in compiled code falls back; the interpreter runs out too.
        st, _, body = s.run({"n": -1}, timeout=120)
        assert st == 502 and "gas" in body["error"], (st, body)
        check_call(s, {"n": 11}, served_by="compiled")
        info = s.status()
        s.kill9()
        # Restart: compiled at once, from the saved library; no trace lost.
        s2 = Server(args, tmp, "restarted")
        info2 = s2.status()
        assert info2["mode"] == "compiled" and info2["compiles"] == info["compiles"], (info, info2)
        assert info2["traceInvocations"] == info["traceInvocations"], (info, info2)
        h = check_call(s2, {"n": 12}, served_by="compiled")
        assert h["X-Pyctl-Mode"] == "compiled"
        assert s2.stop() == 0
    finally:
        s.stop()


def test_compile_request(tmp):
    s = Server([SHAPES, "--trace-calls", "1000", "--max-recompiles", "0"], tmp)
    try:
        st, _, body = s.request("POST", "/compile")
        assert st == 409, (st, body)  # nothing traced yet
        for n in (1, 2, 3):
            check_call(s, {"n": n}, served_by="interpreter")
        st, _, body = s.request("POST", "/compile")
        assert st in (200, 202), (st, body)
        s.wait_mode("compiled")
        check_call(s, {"n": 2}, served_by="compiled")
        # With no recompile allowed, a new path makes the function stay interpreted.
        check_call(s, {"n": 12}, served_by="fallback")
        info = s.status()
        assert info["mode"] == "interpreted" and info["lastError"], info
        check_call(s, {"n": 2}, served_by="interpreter")
    finally:
        s.stop()


def test_compiled_nonstr_keys(tmp):
    # A result dict with int, float, bool or None keys is answered by compiled code, with the
    # same bytes as the interpreter's answer (json.dumps's key conversion); keys written alike
    # fall back, and the interpreter answers.
    s = Server([NONSTR_KEYS, "--trace-calls", "1000", "--max-recompiles", "0"], tmp, "nonstr-keys")
    values = [{"n": 1}, {"n": 0}, {"n": -7, "k": "float"}, {"n": 3, "k": "float"}, {"n": 2, "k": "bool"},
              {"n": 0, "k": "bool"}, {"n": 5, "k": "clash"}]
    try:
        interpreted = []
        for v in values:
            check_call(s, v, served_by="interpreter", path=NONSTR_KEYS)
            interpreted.append(s.request("POST", "/run", {"value": v}))
        st, _, body = s.request("POST", "/compile")
        assert st in (200, 202), (st, body)
        s.wait_mode("compiled")
        for v, (want_status, _, want_body) in zip(values, interpreted):
            served_by = "fallback" if v.get("k") == "clash" else "compiled"
            check_call(s, v, served_by=served_by, path=NONSTR_KEYS)
            st, h, body = s.request("POST", "/run", {"value": v})
            assert (st, body) == (want_status, want_body), (v, st, body, want_body)
            assert h["X-Pyctl-Served-By"] == served_by, (v, h)
        info = s.status()
        assert info["mode"] == "compiled" and info["calls"]["fallbacks"] == 2, info
    finally:
        s.stop()


def test_stop_while_build_waits(tmp):
    """SIGTERM stops the server promptly while its build waits for the build cache's lock, which
    another process holds (docs/serve.md: SIGINT and SIGTERM stop it cleanly)."""
    import fcntl
    cache = os.path.join(tmp, "cache")
    os.makedirs(os.path.join(cache, "pyctl"))
    env = dict(os.environ, XDG_CACHE_HOME=cache)
    with open(os.path.join(cache, "pyctl", "build.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another build holds the cache
        s = Server([SHAPES, "--trace-calls", "1000", "--quiet"], tmp, env=env)
        try:
            for n in (1, 2, 3):
                check_call(s, {"n": n}, served_by="interpreter")
            st, _, body = s.request("POST", "/compile")
            assert st in (200, 202), (st, body)
            assert s.status()["building"], s.status()
            t0 = time.time()
            s.proc.send_signal(signal.SIGTERM)
            s.proc.wait(timeout=10)
            assert s.proc.returncode == 0, (s.proc.returncode, s.stderr())
            assert time.time() - t0 < 5, time.time() - t0
            assert "build failed" not in s.stderr(), s.stderr()
        finally:
            s.stop()


def entry_of(path):
    """The entry pyctl picks: a top-level `def main`, else the last top-level def."""
    import ast
    defs = [n.name for n in ast.parse(open(path, encoding="utf-8").read()).body if isinstance(n, ast.FunctionDef)]
    return "main" if "main" in defs else defs[-1]


SHARED_CASES = ["branchy_router", "dict_handler", "errors_raise", "floats_repr", "word_count",
                "closures_scope", "tuples_unpack"]


def test_shared_cases(tmp):
    """Shared differential cases served positionally: half the inputs traced, then all of them
    again in compiled mode (compiled or fallback), every answer equal to CPython's."""
    for name in SHARED_CASES:
        path = os.path.join(CASES_DIR, name + ".py")
        if not os.path.exists(path):
            print("  (skipped %s: not in %s)" % (name, CASES_DIR))
            continue
        with open(os.path.join(CASES_DIR, name + ".inputs.jsonl")) as f:
            inputs = [json.loads(line) for line in f if line.strip()]
        entry = entry_of(path)
        half = max(1, len(inputs) // 2)
        s = Server([path, "--calling", "positional", "--trace-calls", str(half), "--quiet"], tmp, name)
        try:
            for args in inputs[:half]:
                check_call(s, {"args": args}, path=path, entry=entry, calling="positional")
            info = s.wait_mode("compiled", timeout=600)
            assert info["compiles"] >= 1, info
            for args in inputs:
                check_call(s, {"args": args}, path=path, entry=entry, calling="positional")
            info = s.status()
            # Served from the library, or fell back (errors_raise's calls all raise).
            assert info["calls"]["compiled"] + info["calls"]["fallbacks"] == len(inputs), (name, info)
        finally:
            s.stop()


SUITES = {
    "interpreted": [test_protocol_and_interpreter, test_concurrent_calls, test_conventions_and_init,
                    test_bad_command_lines, test_bodies_ports_and_state, test_limits,
                    test_stop_while_build_waits],
    "compiled": [test_compile_fallback_restart, test_compiled_timeout, test_compile_request,
                 test_compiled_nonstr_keys, test_shared_cases],
}


def main():
    global PYCTL
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pyctl", required=True)
    ap.add_argument("--suite", choices=["interpreted", "compiled", "all"], default="all")
    ap.add_argument("-k", help="run only tests whose name contains this")
    ap.add_argument("--cases-dir", help="the shared differential cases (default: ../shared/cases)")
    opts = ap.parse_args()
    PYCTL = os.path.abspath(opts.pyctl)
    global CASES_DIR
    if opts.cases_dir:
        CASES_DIR = opts.cases_dir
    tests = SUITES["interpreted"] + SUITES["compiled"] if opts.suite == "all" else SUITES[opts.suite]
    failed = 0
    try:
        for t in tests:
            if opts.k and opts.k not in t.__name__:
                continue
            tmp = tempfile.mkdtemp(prefix="pyctl-serve-test-")
            t0 = time.time()
            try:
                t(tmp)
                print("PASS %s (%.1fs)" % (t.__name__, time.time() - t0), flush=True)
                shutil.rmtree(tmp, ignore_errors=True)
            except Exception:
                failed += 1
                print("FAIL %s (%.1fs); logs in %s" % (t.__name__, time.time() - t0, tmp), flush=True)
                traceback.print_exc()
            finally:
                kill_all()
    finally:
        kill_all()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
