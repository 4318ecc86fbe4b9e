def main(x):
	if x:
	        y = 1
	        return y
        return 2
