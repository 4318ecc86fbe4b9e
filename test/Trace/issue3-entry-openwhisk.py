# Issue 3's OpenWhisk entry: main(args) takes the parameter dict and returns a dict, using
# module-level constants and helpers. Both tracers give CPython's answers for an empty dict, empty
# and non-ASCII strs, negative and large numbers, nested values and a field of the wrong type
# (TypeError), and record identical traces.
# RUN: pyctl --trace %S/../Differential/cases/issue3_entry_openwhisk.py --inputs %S/Inputs/issue3-entry-openwhisk.jsonl --entry main -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %S/../Differential/cases/issue3_entry_openwhisk.py -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/issue3-entry-openwhisk.jsonl --entry main --source %S/../Differential/cases/issue3_entry_openwhisk.py -o %t.py.json > %t.py.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {{^}}{"repr": "{'greeting': 'Hello, stranger!', 'clamped': 0, 'size': '0b', 'tags': [], 'count': 0, 'echo': {}}", "stdout": "", "json": {"greeting": "Hello, stranger!", "clamped": 0, "size": "0b", "tags": [], "count": 0, "echo": {}}}{{$}}
# OUT-NEXT: {{^}}{"error": "TypeError", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"repr": "{'greeting': 'Hello, stranger!', 'clamped': 0, 'size': '0b', 'tags': [], 'count': 0, 'echo': {'name': '', 'n': 0, 'tags': []}}", "stdout": "", "json": {"greeting": "Hello, stranger!", "clamped": 0, "size": "0b", "tags": [], "count": 0, "echo": {"name": "", "n": 0, "tags": []}}}{{$}}
# OUT-NEXT: {{^}}{"repr": "{'greeting': 'Hello, Zoë!', 'clamped': -5, 'size': '5b', 'tags': ['a', 'b'], 'count': 3, 'echo': {'name': 'Zoë', 'n': -5, 'tags': ['B', 'a', 'b']}}", "stdout": "", "json": {"greeting": "Hello, Zoë!", "clamped": -5, "size": "5b", "tags": ["a", "b"], "count": 3, "echo": {"name": "Zoë", "n": -5, "tags": ["B", "a", "b"]}}}{{$}}
# OUT-NEXT: {{^}}{"repr": "{'greeting': 'Hello, 日本!', 'clamped': 100, 'size': '4mb', 'tags': ['x'], 'count': 1, 'keys': ['z', 'a'], 'echo': {'name': '日本', 'n': 5000000, 'tags': ['X'], 'nested': {'z': 1, 'a': {'b': []}}}}", "stdout": "", "json": {"greeting": "Hello, 日本!", "clamped": 100, "size": "4mb", "tags": ["x"], "count": 1, "keys": ["z", "a"], "echo": {"name": "日本", "n": 5000000, "tags": ["X"], "nested": {"z": 1, "a": {"b": []}}}}}{{$}}
# OUT-NEXT: {{^}}{"error": "TypeError", "stdout": ""}{{$}}
# TRACE-DAG: let args$1 = argument 0
# TRACE-DAG: set GREETING = "Hello"
# TRACE-DAG: isFunction(clamp
# TRACE-DAG: isFunction(human

# The program is the differential case issue3_entry_openwhisk.py (test/Differential/cases).
