# The normal form pyctl prints is a program pyctl takes again: its `x: object` declarations are
# bare annotations, which bind nothing (the entry may be declared at module level) and, in a
# function, are never evaluated (PEP 526), so any annotation of a local is accepted as written.
# RUN: pyctl -passes=anf %S/../../Differential/cases/local_annotations.py -o %t.py
# RUN: FileCheck --check-prefix=ANF %s < %t.py
# ANF: f: object
# ANF: def f(n):
# ANF-NEXT: xs: object
# RUN: echo '[2]' > %t.jsonl
# RUN: pyctl --trace %t.py --entry f --inputs %t.jsonl -o %t.json | FileCheck %s
# RUN: pyctl --trace %S/../../Differential/cases/local_annotations.py --entry f --inputs %t.jsonl -o %t.json | FileCheck %s
# RUN: python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import importlib.util as u; s = u.spec_from_file_location("m", sys.argv[2]); m = u.module_from_spec(s); s.loader.exec_module(m); print(m.f(2))' %S %t.py | FileCheck --check-prefix=CPY %s
# CHECK: {"repr": "[7, 1]", "stdout": "", "json": [7, 1]}
# CPY: [7, 1]
# The program is the differential case local_annotations.py (test/Differential/cases).
