# An OpenWhisk-style action whose TypeErrors name a function with its module: OpenWhisk's Python
# runtime imports an action as the module `main__`, so CPython answers
# {"error": "main__.scale() got multiple values for keyword argument 'k'"}.


def scale(x, k=1):
    return x * k


def main(args):
    opts = args["opts"]
    if args.get("twice"):
        return {"y": scale(args["x"], **opts, k=2)}
    return {"y": scale(args["x"], **opts)}
