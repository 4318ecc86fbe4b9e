# At a pulling point (a module that maps a user function), a `*` that unpacks a map of a user
# function is pulled item by item where it stands (spread::Spread::star_pulled and pull), and
# each call of the function runs the call's `'pull` label; a lone `*` is pulled after the
# keywords' values (docs/trace-format.md, Keyword arguments of builtins). The output order is
# CPython's: `tag` runs before `fmt` is called for the items.
# RUN: printf '%%s\n' '[[3, 1], "-"]' '[[], "é"]' > %t.in
# RUN: pyctl --trace %s --inputs %t.in -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.in | FileCheck --check-prefix=OUT %s
# OUT:      {"repr": "'3!-1!'", "stdout": "tag -\nfmt 3\nfmt 1\n3!-1!\nfmt 3\nfmt 1\n<3!1!>\n"
# OUT-NEXT: {"repr": "''", "stdout": "tag é\n\n<>\n"
#
# print(*map(fmt, xs), sep=tag(sep)): the lone `*` is pulled after the keyword.
# RUST:      let mut [[SP:sp[0-9]+]] = spread::Spread::new();
# RUST-NEXT: [[SP]].lone(
# RUST-NEXT: [[SP]].keyword("sep",
# RUST-NEXT: [[SP]].lone_pulled()?;
# RUST-NEXT: while let Some([[P:p[0-9]+]]) = [[SP]].pull()? {
# RUST-NEXT: ctx.tick()?;
# RUST:      [[P]].answer(result);
# RUST:      builtins::call_flat(ctx, "print", &{{a[0-9]+}}, &{{n[0-9]+}}.keywords())?
# print("<", *(map(fmt, xs)), ">", sep=""): not lone, pulled where it stands.
# RUST:      [[SP:sp[0-9]+]].arg({{str_lit[0-9]+}}.get_or_init(|| Value::str("<")).clone());
# RUST-NEXT: [[SP]].star_pulled(
# RUST-NEXT: while let Some([[P:p[0-9]+]]) = [[SP]].pull()? {
# RUST:      [[SP]].arg({{str_lit[0-9]+}}.get_or_init(|| Value::str(">")).clone());


def fmt(x):
    print("fmt", x)
    return str(x) + "!"


def tag(t):
    print("tag", t)
    return t


def main(xs, sep):
    print(*map(fmt, xs), sep=tag(sep))
    print("<", *(map(fmt, xs)), ">", sep="")
    return "-".join(*[map(lambda v: str(v) + "!", xs)])
