def main(args):
    return [args.get("x"), 1]
