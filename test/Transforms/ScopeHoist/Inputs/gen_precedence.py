"""Writes a function that returns the values of random expressions mixing every binary operator
with unary operators and parentheses (seeded, so a test always sees the same program)."""
import random
import sys

OPS = ['|', '^', '&', '<<', '>>', '+', '-', '*', '//', '%', '**']


def expr(rng, depth):
    if depth == 0 or rng.random() < 0.25:
        return str(rng.randint(1, 9))
    r = rng.random()
    if r < 0.1:
        return rng.choice(['-', '~', '+']) + expr(rng, depth - 1)
    if r < 0.2:
        return '(' + expr(rng, depth - 1) + ')'
    op = rng.choice(OPS)
    if op == '**':
        return expr(rng, 0) + ' ** ' + str(rng.randint(0, 3))
    if op in ('<<', '>>'):
        return expr(rng, depth - 1) + ' ' + op + ' ' + str(rng.randint(0, 4))
    return expr(rng, depth - 1) + ' ' + op + ' ' + expr(rng, depth - 1)


def main():
    rng = random.Random(int(sys.argv[1]))
    print('def main(x):\n    r = []')
    for _ in range(int(sys.argv[2])):
        print('    try:\n        r.append(%s)\n    except (ZeroDivisionError, ValueError):\n'
              '        r.append("error")' % expr(rng, 4))
    print('    return r')


if __name__ == '__main__':
    main()
