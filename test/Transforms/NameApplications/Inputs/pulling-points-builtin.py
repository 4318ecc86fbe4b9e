def main(xs):
    return len(list(map(str, xs))) + sum(filter(None, xs))
