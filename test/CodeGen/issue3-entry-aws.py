# Issue 3's AWS Lambda entry compiled to Rust: handler(event, context) with context None, returning
# an API-Gateway-style dict built by a module-level helper; CPython's answers for an empty event,
# empty and non-ASCII query values, negative and zero numbers. A missing required key (CPython's
# KeyError) and an int result past 64 bits fall back.
# RUN: pyctl --trace %S/../Differential/cases/issue3_entry_aws.py --inputs %S/Inputs/issue3-entry-aws.jsonl --entry handler -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-entry-aws.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "{'statusCode': 400, 'headers': {'Content-Type': 'application/json'}, 'body': {'error': 'empty query', 'context': 'None'}}", "stdout": "", "json": {"statusCode": 400, "headers": {"Content-Type": "application/json"}, "body": {"error": "empty query", "context": "None"}}}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{'statusCode': 200, 'headers': {'Content-Type': 'application/json'}, 'body': {'words': ['HÉLLO', 'WÖRLD'], 'n': 2, 'neg': False, 'first': 'héllo'}}", "stdout": "", "json": {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": {"words": ["HÉLLO", "WÖRLD"], "n": 2, "neg": false, "first": "héllo"}}}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{'statusCode': 200, 'headers': {'Content-Type': 'application/json'}, 'body': {'words': ['日本', '😀'], 'n': -6, 'neg': True, 'first': '日本'}}", "stdout": "", "json": {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": {"words": ["日本", "😀"], "n": -6, "neg": true, "first": "日本"}}}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{'statusCode': 200, 'headers': {'Content-Type': 'application/json'}, 'body': {'words': [], 'n': 0, 'neg': False, 'first': None}}", "stdout": "", "json": {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": {"words": [], "n": 0, "neg": false, "first": null}}}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# RUST-DAG: is_function(

# The program is the differential case issue3_entry_aws.py (test/Differential/cases).
