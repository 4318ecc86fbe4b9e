# Tabs and spaces that CPython accepts: tab-only indentation, tabs then spaces consistently,
# and lines that are not logical line starts (inside brackets, after a backslash, inside
# triple-quoted strings, comment-only and blank lines), whose indentation is never compared.
# RUN: pyctl --trace %s --inputs %S/Inputs/one.jsonl -o %t.json | FileCheck %s
# CHECK: {"repr": "[1, 2, 3, 5, 'a\\n\\tb\\n        c', 1]", "stdout": "", "json": [1, 2, 3, 5, "a\n\tb\n        c", 1]}

def helper(v):
	if v:
	    return [1,
        2,
	3]
	return []


def main(x):
	ys = helper(x)
	z = 4 + \
  1
        # a comment indented with spaces
	s = """a
	b
        c"""
	
	if x:
		return ys + [z, s, 1]
	return None
