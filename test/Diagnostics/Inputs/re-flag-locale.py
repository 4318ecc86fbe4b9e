import re

def main(s):
    return re.findall("a", s, re.LOCALE)
