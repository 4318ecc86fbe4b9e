import re

def main(s):
    p = re.compile("(?P<a>x)")
    p.groupindex["b"] = 2
    return p
