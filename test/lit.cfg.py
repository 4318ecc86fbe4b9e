# -*- Python -*-
# lit configuration for pyctl (hand-written; CMake configures lit.site.cfg.py, which loads this).
#
# A test is a Python source file (or a `.test` file) with `# RUN:` and `# CHECK:` lines. In a
# `.py` test they are comments, so the file stays a valid Python program that a RUN line can
# hand to pyctl or to CPython.

import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

if not hasattr(config, "pyctl_obj_root"):
    lit_config.fatal("run lit on the build tree (lit build/test, or cmake --build build -t check-pyctl): "
                     "the configured lit.site.cfg.py lives there")

config.name = "pyctl"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".py", ".test"]

# Inputs/ holds files that tests read; cases/ holds differential cases (run by
# utils/differential.py, not by lit); unittests/ is GoogleTest's.
config.excludes = [
    "Inputs", "cases", "unittests",
    "lit.cfg.py", "lit.site.cfg.py", "lit.site.cfg.py.in", "CMakeLists.txt",
]

config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.pyctl_obj_root, "test")

# Rust builds (--build-rust) need cargo and its home; keep the caller's.
llvm_config.with_system_environment(
    ["HOME", "TMPDIR", "TMP", "TEMP", "CARGO_HOME", "RUSTUP_HOME", "RUSTUP_TOOLCHAIN", "LANG", "LC_ALL"])
# Deterministic Python output and no stray .pyc files in the source tree.
config.environment["PYTHONHASHSEED"] = "0"
config.environment["PYTHONDONTWRITEBYTECODE"] = "1"
config.environment["PYTHONIOENCODING"] = "utf-8"

# PATH: the built pyctl first, then LLVM's tools (FileCheck, not), then cargo.
llvm_config.with_environment("PATH", config.pyctl_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
if config.cargo_path:
    llvm_config.with_environment("PATH", os.path.dirname(config.cargo_path), append_path=True)

pyctl_trace = os.path.join(config.pyctl_src_root, "runtime", "python", "pyctl_trace.py")

# `%`-substitutions. The paths they expand to are safe from the tool names below, which only match
# a whole word not preceded by '/', '.' or '-' (so a checkout named .../pyctl/... is left alone).
config.substitutions.append(("%python", '"%s"' % config.python_executable))
config.substitutions.append(("%pyctl_trace", pyctl_trace))
config.substitutions.append(("%shared_cases", config.shared_cases_dir))
config.substitutions.append(("%pyctl_src_root", config.pyctl_src_root))

pyctl_binary = os.path.join(config.pyctl_tools_dir, "pyctl")
if not os.path.exists(pyctl_binary):
    lit_config.fatal("pyctl is not built (expected %s): run cmake --build" % pyctl_binary)

# Tool names, replaced by absolute paths. Note that `not` is replaced anywhere in a RUN line where it
# stands as a word, so keep Python code with `not` in the test file, not in RUN lines.
llvm_config.add_tool_substitutions(
    [
        ToolSubst("pyctl", command=pyctl_binary, unresolved="fatal"),
        ToolSubst("pyctl-call-lib", command=os.path.join(config.pyctl_tools_dir, "pyctl-call-lib"),
                  unresolved="fatal"),
        ToolSubst("FileCheck", command=config.filecheck_path, unresolved="fatal"),
        ToolSubst("not", command=config.not_path, unresolved="fatal"),
    ],
    [config.pyctl_tools_dir, config.llvm_tools_dir],
)

if config.cargo_path:
    config.available_features.add("cargo")
