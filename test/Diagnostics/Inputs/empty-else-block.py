def main(x):
    if x:
        return 1
    else:
    return 2
