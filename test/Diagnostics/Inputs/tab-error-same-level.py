def main(x):
        y = x
        if y:
	return 1
        return 2
