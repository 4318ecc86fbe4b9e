# An AWS Lambda style handler for `pyctl serve --calling=aws` (and `auto`, which picks aws for two
# parameters whose second is named `context`): the event is the /run value, context is None.
STATUS = 200


def handler(event, context):
    if context is not None:
        raise ValueError("context should be None")
    name = event.get("name") or "world"
    n = event["n"]
    return {"statusCode": STATUS, "body": {"greeting": "hello " + name, "twice": n * 2, "neg": n < 0}}
