# Issue 3's AWS Lambda entry: handler(event, context) with context None (as the inputs give it),
# returning an API-Gateway-style dict built by a module-level helper. Both tracers give CPython's
# answers for an empty event, empty and non-ASCII query values, negative and zero numbers and a
# missing required key (KeyError), and record identical traces.
# RUN: pyctl --trace %S/../Differential/cases/issue3_entry_aws.py --inputs %S/Inputs/issue3-entry-aws.jsonl --entry handler -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %S/../Differential/cases/issue3_entry_aws.py -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/issue3-entry-aws.jsonl --entry handler --source %S/../Differential/cases/issue3_entry_aws.py -o %t.py.json > %t.py.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {{^}}{"repr": "{'statusCode': 400, 'headers': {'Content-Type': 'application/json'}, 'body': {'error': 'empty query', 'context': 'None'}}", "stdout": "", "json": {"statusCode": 400, "headers": {"Content-Type": "application/json"}, "body": {"error": "empty query", "context": "None"}}}{{$}}
# OUT-NEXT: {{^}}{"repr": "{'statusCode': 200, 'headers': {'Content-Type': 'application/json'}, 'body': {'words': ['HÉLLO', 'WÖRLD'], 'n': 2, 'neg': False, 'first': 'héllo'}}", "stdout": "", "json": {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": {"words": ["HÉLLO", "WÖRLD"], "n": 2, "neg": false, "first": "héllo"}}}{{$}}
# OUT-NEXT: {{^}}{"repr": "{'statusCode': 200, 'headers': {'Content-Type': 'application/json'}, 'body': {'words': ['日本', '😀'], 'n': -6, 'neg': True, 'first': '日本'}}", "stdout": "", "json": {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": {"words": ["日本", "😀"], "n": -6, "neg": true, "first": "日本"}}}{{$}}
# OUT-NEXT: {{^}}{"repr": "{'statusCode': 200, 'headers': {'Content-Type': 'application/json'}, 'body': {'words': [], 'n': 0, 'neg': False, 'first': None}}", "stdout": "", "json": {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": {"words": [], "n": 0, "neg": false, "first": null}}}{{$}}
# OUT-NEXT: {{^}}{"repr": "{'statusCode': 200, 'headers': {'Content-Type': 'application/json'}, 'body': {'words': [], 'n': 9223372036854775808, 'neg': False, 'first': None}}", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"error": "KeyError", "stdout": ""}{{$}}
# TRACE-DAG: let event$1 = argument 0
# TRACE-DAG: let context$1 = argument 1
# TRACE-DAG: isFunction(respond

# The program is the differential case issue3_entry_aws.py (test/Differential/cases).
