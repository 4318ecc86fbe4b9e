# `*` and `**` in calls of builtins and methods compile (docs/trace-format.md, Keyword arguments
# of builtins): the items go one by one, in CPython's order, into the runtime's spread::Spread
# (a `*` unpacked where it stands, a lone `*` kept and unpacked by finish(), after the keywords;
# a `**` merged where it stands), and the flattened call goes to builtins::call_flat /
# methods::call_flat, which run what a call written with plain arguments runs. A callback call
# (`key=` a user function) flattens its arguments the same way before its CallbackCall starts.
# CPython's TypeErrors (a repeated keyword, a `**` that is not a dict, a `*` that is not
# iterable) fall back.
# RUN: printf '%%s\n' '[[3, 1, 2], {"end": "!\n"}]' '[["é", "😀"], {}]' '[[1], {"sep": "x"}]' '[5, {}]' > %t.in
# RUN: pyctl --trace %s --inputs %t.in -o %t.json | FileCheck --check-prefixes=OUT,TRACE %s
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.in | FileCheck --check-prefixes=OUT,BIN %s
# OUT:      {"repr": "[3, 2, '3-1-2', '32']", "stdout": "3 1 2 0!\n3|1|2\n"
# OUT-NEXT:  {"repr": "['😀', 1, 'é-😀', '😀1']", "stdout": "é 😀 0\né|😀\n"
# TRACE-NEXT: {"error": "TypeError", "stdout": ""}
# TRACE-NEXT: {"error": "TypeError", "stdout": ""}
# BIN-NEXT:  {"fallback": true}
# BIN-NEXT:  {"fallback": true}
#
# print(*xs, 0, sep=" ", **opts): not lone; the `**` dict borrowed while it is merged.
# RUST:      let mut [[SP:sp[0-9]+]] = spread::Spread::new();
# RUST-NEXT: [[SP]].star({{.*}}xs{{.*}})?;
# RUST-NEXT: [[SP]].arg(Value::Int(0));
# RUST-NEXT: [[SP]].keyword("sep", {{str_lit[0-9]+}}.get_or_init(|| Value::str(" ")).clone())?;
# RUST-NEXT: [[SP]].star_star({{.*}}opts{{.*}})?;
# RUST-NEXT: let ([[A:a[0-9]+]], [[N:n[0-9]+]]) = [[SP]].finish()?;
# RUST-NEXT: builtins::call_flat(ctx, "print", &[[A]], &[[N]].keywords())?
# print(*ys, sep=str(ys.pop())): a lone `*`, unpacked after the keyword's value.
# RUST:      [[SP:sp[0-9]+]].lone(
# RUST-NEXT: [[SP]].keyword("sep", builtins::str(&[methods::pop(
# RUST-NEXT: let ([[A:a[0-9]+]], [[N:n[0-9]+]]) = [[SP]].finish()?;
# RUST-NEXT: builtins::call_flat(ctx, "print", &[[A]], &[[N]].keywords())?
# max(*[xs], key=key): a callback call.
# RUST:      [[SP:sp[0-9]+]].lone(
# RUST-NEXT: [[SP]].keyword("key",
# RUST-NEXT: let ([[A:a[0-9]+]], [[N:n[0-9]+]]) = [[SP]].finish()?;
# RUST-NEXT: let [[K:k[0-9]+]]: Vec<(&str, Value)> = [[N]].keywords();
# RUST-NEXT: callback::CallbackCall::start(None, "max", [[A]], [[K]])?;
# The methods: the receiver first.
# RUST:      let [[R:r[0-9]+]]: Value = {{.*}}xs{{.*}};
# RUST-NEXT: let mut [[SP:sp[0-9]+]] = spread::Spread::new();
# RUST-NEXT: [[SP]].lone(
# RUST-NEXT: let ([[A:a[0-9]+]], [[N:n[0-9]+]]) = [[SP]].finish()?;
# RUST-NEXT: methods::call_flat(&[[R]], "index", &[[A]], &[[N]].keywords())?
# RUST:      methods::call_flat(&{{r[0-9]+}}, "join", &{{a[0-9]+}}, &{{n[0-9]+}}.keywords())?
# RUST:      methods::call_flat(&{{r[0-9]+}}, "format", &{{a[0-9]+}}, &{{n[0-9]+}}.keywords())?


def key(v):
    return str(v)


def main(xs, opts):
    print(*xs, 0, sep=" ", **opts)
    ys = list(xs) + ["|"]
    print(*ys, sep=str(ys.pop()))
    top = max(*[xs], key=key)
    found = xs.index(*[xs[-1]])
    joined = "-".join(*[map(str, xs)])
    named = "{x}{y}".format(**{"x": top}, y=found)
    return [top, found, joined, named]
