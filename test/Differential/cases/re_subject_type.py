# entry: main
# fallback-ok: compiled re functions fall back on a non-str subject (re_module.rs) instead of raising the TypeError
# The subject of re.match / search / fullmatch / findall / split / finditer and of a compiled
# pattern's methods must be a str: anything else is CPython's TypeError, raised after the
# pattern is compiled (a bad pattern's error comes first) and after pos / endpos are parsed.
import re


def main(k, v):
    try:
        if k == 0:
            return re.match('a', v)
        if k == 1:
            return re.search('a', v) is None
        if k == 2:
            return re.fullmatch('a', v) is None
        if k == 3:
            return re.findall('a', v)
        if k == 4:
            return re.split(',', v)
        if k == 5:
            return len(list(re.finditer('a', v)))
        if k == 6:
            return re.compile('a').match(v) is None
        if k == 7:
            return re.compile('a').search(v, 1) is None
        if k == 8:
            return re.compile('é').findall(v)
    except TypeError as e:
        return 'TypeError: ' + str(e)
