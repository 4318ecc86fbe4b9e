"""Runs the Python file argv[2] as CPython imports a module named argv[1] (its __name__), the
way a harness or an OpenWhisk runtime loads a function's file, instead of as the script
`__main__`: import_as.py NAME FILE."""
import importlib.util
import sys

spec = importlib.util.spec_from_file_location(sys.argv[1], sys.argv[2])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
