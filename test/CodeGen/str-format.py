# str.format is lowered to the runtime's methods::format (positional arguments only) or
# methods::call_kw (with keywords); format() to builtins::format. Expected lines from python3 3.11.
# RUN: printf '%%s\n' '["Ann", 5, 2.675]' '["h\u00e9", -255, -0.0]' '["{:>4}", 7, 0.0]' > %t.in
# RUN: pyctl --trace %s --inputs %t.in -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.in | FileCheck %s
# What CPython raises for falls back (a missing argument; a bad conversion):
# RUN: printf '%%s\n' '["{2}", 1, 1.0]' '["{0!x}", 1, 1.0]' | %t.bin | FileCheck --check-prefix=FALLBACK %s
# FALLBACK-COUNT-2: {"fallback": true}

# RUST: methods::format({{str_lit[0-9]+}}.get_or_init(|| Value::str("{}: {:+d}|{:#x}")), &[
# RUST: methods::call_kw({{str_lit[0-9]+}}.get_or_init(|| Value::str("{0!r:>7}|{x:.2f}|{w[1]}")), "format", &[
# RUST: builtins::format(&[

# CHECK:      {"repr": "\"Ann: +5|0x5|  'Ann'|2.67|5|    2.675\"", "stdout": "", "json": "Ann: +5|0x5|  'Ann'|2.67|5|    2.675"}
# CHECK-NEXT: {"repr": "\"hé: -255|-0xff|   'hé'|-0.00|-255|     -0.0\"", "stdout": "", "json": "hé: -255|-0xff|   'hé'|-0.00|-255|     -0.0"}
# CHECK-NEXT: {"repr": "'   7'", "stdout": "", "json": "   7"}


def main(name, n, x):
    if "{" in name:
        return name.format(n)
    a = "{}: {:+d}|{:#x}".format(name, n, n)
    b = "{0!r:>7}|{x:.2f}|{w[1]}".format(name, x=x, w=[x, n])
    return a + "|" + b + "|" + format(x, ">9")
