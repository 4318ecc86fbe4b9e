# printf-style formatting (`str % args`) is lowered to the runtime's op_mod, which formats a str
# left operand as CPython's PyUnicode_Format does (expected lines from python3 3.11).
# RUN: printf '["Ann", 5, 2.675]\n["h\\u00e9", -255, -0.0]\n' > %t.in
# RUN: pyctl --trace %s --inputs %t.in -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.in | FileCheck %s
# What CPython raises for falls back (too few arguments; %c out of range):
# RUN: printf '%%s\n' '["%%s %%s", 1, 1.0]' '["%%c", 1114112, 1.0]' | %t.bin | FileCheck --check-prefix=FALLBACK %s
# FALLBACK-COUNT-2: {"fallback": true}

# RUST: op_mod({{str_lit[0-9]+}}.get_or_init(|| Value::str("%s: %d|%-6.2f|%#x|")), &Value::tuple(
# RUST-SAME: op_mod({{str_lit[0-9]+}}.get_or_init(|| Value::str("%(k)r|")), &dict_display(

# CHECK:      {"repr": "'Ann: 5|2.67  |0x5|[5]|  Ann|%'", "stdout": "", "json": "Ann: 5|2.67  |0x5|[5]|  Ann|%"}
# CHECK-NEXT: {"repr": "'hé: -255|-0.00 |-0xff|[-255]|   hé|%'", "stdout": "", "json": "hé: -255|-0.00 |-0xff|[-255]|   hé|%"}


def main(name, n, x):
    if "%" in name:
        return name % (n,)
    return "%s: %d|%-6.2f|%#x|" % (name, n, x, n) + "%(k)r|" % {"k": [n]} + "%5s|%%" % name
