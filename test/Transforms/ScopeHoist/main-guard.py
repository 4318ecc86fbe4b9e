# `if __name__ == "__main__":` at module level is kept as written (its body is not built: it may
# use what pyctl does not support, here `import sys` and `sys.argv`) and printed back, so the
# A-normal form still runs as a script; its names are no module variables (nothing is declared
# for `n`). Run as a script, the printed program runs the block as the original does.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: pyctl -passes=anf %s -o %t.anf.py
# RUN: %python -u %s 2 | FileCheck --check-prefix=RUN-OUT %s
# RUN: %python -u %t.anf.py 2 | FileCheck --check-prefix=RUN-OUT %s
# RUN: FileCheck --check-prefix=ANF --strict-whitespace %s < %t.anf.py

# CHECK-NOT:   n: object
# CHECK-LABEL: {{^}}def double(x):
# CHECK:       {{^}}if __name__ == '__main__':  # run as a script{{$}}
# CHECK-NEXT:  {{^}}    import sys{{$}}
# CHECK-NEXT:  {{^}}    n = int(sys.argv[1]){{$}}
# CHECK-NEXT:  {{^}}    print(double(n), f"{n!r:>4}", *[k for k in range(n)]){{$}}
# CHECK-NEXT:  {{^}}    class Unsupported:{{$}}
# CHECK-NEXT:  {{^}}        pass{{$}}
# ANF:         {{^}}if "__main__" == __name__:{{$}}
# RUN-OUT:     4    2 0 1
# RUN-OUT-NEXT: 4 second
def double(x):
    return x * 2

if __name__ == '__main__':  # run as a script
    import sys
    n = int(sys.argv[1])
    print(double(n), f"{n!r:>4}", *[k for k in range(n)])
    class Unsupported:
        pass

if "__main__" == __name__:
    print(double(2), "second")
