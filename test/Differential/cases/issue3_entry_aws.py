# An AWS Lambda handler: handler(event, context), with context None (as pyctl's harnesses and
# `pyctl serve --calling=aws` pass it), returning an API-Gateway-style dict. Edge inputs: an empty
# event, a missing body, empty and non-ASCII query values, zero/negative/huge numbers; a missing
# required key raises KeyError as in CPython.
# entry: handler
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
