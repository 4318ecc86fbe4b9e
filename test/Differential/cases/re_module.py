# entry: main
# re.findall / re.sub / re.split as a serverless handler uses them: "key=value; ..." parsing,
# rough email validation, number extraction, splitting on \s*,\s*, substitutions with group
# references; empty subjects, non-ASCII text (\w and \d are Unicode: é, 日本, Arabic-Indic ٣) and
# patterns that match the empty string (Python 3.7+ rules).
import re
from re import findall, split


def parse_pairs(text):
    out = {}
    for key, value in re.findall(r"(\w+)\s*=\s*([^;]*?)\s*(?:;|$)", text):
        out[key] = value
    return out


def emails(text):
    good = []
    for candidate in re.split(r"\s*,\s*", text):
        if re.findall(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", candidate):
            good.append(candidate.lower())
    return good


def numbers(text):
    return [float(n) if "." in n else int(n) for n in findall(r"-?\d+(?:\.\d+)?", text)]


def main(op, text):
    if op == "pairs":
        return parse_pairs(text)
    if op == "emails":
        return emails(text)
    if op == "numbers":
        return numbers(text)
    if op == "csv":
        return split(r"\s*,\s*", text.strip())
    if op == "words":
        return re.findall(r"\b\w+\b", text)
    if op == "digits":
        return re.findall(r"\d", text)
    if op == "squash":
        return re.sub(r"\s+", " ", text).strip()
    if op == "redact":
        return re.sub(r"(?P<user>[\w.]+)@(?P<host>[\w.-]+)", r"\g<user>@***", text)
    if op == "swap":
        return re.sub(r"(\w+)-(\w+)", r"\2-\1", text, count=1)
    if op == "empty":
        return [re.sub("x*", "-", text), re.split("x*", text), re.findall("a*?", text)]
    if op == "parts":
        return re.split(r"([,;])\s*", text, maxsplit=2)
    if op == "optional":
        return re.findall(r"(\d+)(?:\.(\d+))?", text)
    if op == "template":
        return re.sub(r"(a)|b", r"[\1\t\g<0>]\-", text)
    return None
