# int()/float() of text with digits of other scripts and Unicode spaces, and the str predicates
# on non-ASCII text: compiled code reads and classifies them as CPython 3.11 does.
# entry: main
def classify(s):
    return [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isupper(),
            s.islower(), s.isspace()]


def main(params):
    out = {}
    for key, text in params.items():
        row = classify(text)
        if text.strip().lstrip("+-").replace("_", "").isdigit():
            row.append(int(text))
        if text.isdecimal():
            row.append(float(text) / 4)
        out[key] = row
    return out
