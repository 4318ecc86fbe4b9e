# Issue 3's AWS Lambda entry compiled to Rust: handler(event, context) with context None, returning
# an API-Gateway-style dict built by a module-level helper; CPython's answers for an empty event,
# empty and non-ASCII query values, negative and zero numbers. A missing required key (CPython's
# KeyError) and an int result past 64 bits fall back.
# RUN: pyctl --trace %s --inputs %S/Inputs/issue3-entry-aws.jsonl --entry handler -o %t.json > /dev/null
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

# An AWS Lambda handler: handler(event, context), with context None (as pyctl's harnesses and
# `pyctl serve --calling=aws` pass it), returning an API-Gateway-style dict. Edge inputs: an empty
# event, a missing body, empty and non-ASCII query values, zero/negative/huge numbers; a missing
# required key raises KeyError as in CPython.
STATUS_OK = 200
STATUS_BAD = 400

def respond(code, body):
    return {"statusCode": code, "headers": {"Content-Type": "application/json"}, "body": body}

def handler(event, context):
    assert context is None
    params = event.get("queryStringParameters") or {}
    if "required" in event and event["required"]:
        event["must"]
    words = params.get("q", "").split()
    if not words and "n" not in params:
        return respond(STATUS_BAD, {"error": "empty query", "context": repr(context)})
    n = params.get("n", 1)
    return respond(STATUS_OK, {"words": [w.upper() for w in words], "n": n * 2, "neg": n < 0, "first": words[0] if words else None})
