# Where Python's integers and floats differ from C's and Rust's.
# entry: run
def run(a, b):
    out = [a // b, a % b, -a // b, -a % b, a / b, a ** 3, divmod(a, b)]
    out.append(2 ** 70 // b)
    out.append(a * 10 ** 20)
    out.append(round(a / b, 3))
    out.append(round(2.5) + round(3.5) + round(-0.5))
    out.append(float(a) / 7)
    out.append(a << 65)
    out.append(-a >> 1)
    out.append(a & -b)
    out.append(1e16 + a)
    out.append(abs(-b) ** 0.5)
    return out
