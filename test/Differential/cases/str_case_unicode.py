# str.lower/upper/capitalize/title/swapcase of non-ASCII text with CPython 3.11's rules: full
# case mappings ('ß'.title() == 'Ss', 'ǆ' titles to 'ǅ', 'ﬁ' capitalizes to 'Fi'), the title
# case of capitalize's first character, and the final-sigma rule (case-ignorable characters
# skipped both ways) in lower, capitalize, title and swapcase.
# entry: main
def main(s):
    words = [w.title() for w in s.split()]
    return [s.lower(), s.upper(), s.capitalize(), s.title(), s.swapcase(), words,
            s.title().swapcase(), len(s.upper()), s[::-1].capitalize()]
