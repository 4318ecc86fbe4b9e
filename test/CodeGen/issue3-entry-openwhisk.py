# Issue 3's OpenWhisk entry compiled to Rust: main(args) takes the parameter dict and returns a
# dict, using module-level constants and helpers; CPython's answers for an empty dict, empty and
# non-ASCII strs, negative and large numbers and nested values. A field of the wrong type falls
# back (CPython's TypeError).
# RUN: pyctl --trace %S/../Differential/cases/issue3_entry_openwhisk.py --inputs %S/Inputs/issue3-entry-openwhisk.jsonl --entry main -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-entry-openwhisk.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "{'greeting': 'Hello, stranger!', 'clamped': 0, 'size': '0b', 'tags': [], 'count': 0, 'echo': {}}", "stdout": "", "json": {"greeting": "Hello, stranger!", "clamped": 0, "size": "0b", "tags": [], "count": 0, "echo": {}}}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{'greeting': 'Hello, stranger!', 'clamped': 0, 'size': '0b', 'tags': [], 'count': 0, 'echo': {'name': '', 'n': 0, 'tags': []}}", "stdout": "", "json": {"greeting": "Hello, stranger!", "clamped": 0, "size": "0b", "tags": [], "count": 0, "echo": {"name": "", "n": 0, "tags": []}}}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{'greeting': 'Hello, Zoë!', 'clamped': -5, 'size': '5b', 'tags': ['a', 'b'], 'count': 3, 'echo': {'name': 'Zoë', 'n': -5, 'tags': ['B', 'a', 'b']}}", "stdout": "", "json": {"greeting": "Hello, Zoë!", "clamped": -5, "size": "5b", "tags": ["a", "b"], "count": 3, "echo": {"name": "Zoë", "n": -5, "tags": ["B", "a", "b"]}}}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{'greeting': 'Hello, 日本!', 'clamped': 100, 'size': '4mb', 'tags': ['x'], 'count': 1, 'keys': ['z', 'a'], 'echo': {'name': '日本', 'n': 5000000, 'tags': ['X'], 'nested': {'z': 1, 'a': {'b': []}}}}", "stdout": "", "json": {"greeting": "Hello, 日本!", "clamped": 100, "size": "4mb", "tags": ["x"], "count": 1, "keys": ["z", "a"], "echo": {"name": "日本", "n": 5000000, "tags": ["X"], "nested": {"z": 1, "a": {"b": []}}}}}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# RUST-DAG: is_function(

# The program is the differential case issue3_entry_openwhisk.py (test/Differential/cases).
