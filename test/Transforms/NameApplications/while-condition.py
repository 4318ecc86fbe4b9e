# A call in a `while` condition runs before every test, including the last, false one; `else`
# runs when the condition turns false and not after `break`.
# RUN: pyctl -passes=name-applications %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=name-applications %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

def below(i, n):
    print("test", i)
    return i < n

# CHECK-LABEL: {{^}}def count(n, stop):
# CHECK-NEXT:  {{^}}    [[T:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    i = 0{{$}}
# CHECK-NEXT:  {{^}}    while True:{{$}}
# CHECK-NEXT:  {{^}}        [[T]] = below(i, n){{$}}
# CHECK-NEXT:  {{^}}        if not [[T]]:{{$}}
# CHECK-NEXT:  {{^}}            print('else', i){{$}}
# CHECK-NEXT:  {{^}}            break{{$}}
# CHECK-NEXT:  {{^}}        if i == stop:{{$}}
# CHECK-NEXT:  {{^}}            break{{$}}
# CHECK-NEXT:  {{^}}        i += 1{{$}}
# CHECK-NEXT:  {{^}}    return i{{$}}
def count(n, stop):
    i = 0
    while below(i, n):
        if i == stop:
            break
        i += 1
    else:
        print("else", i)
    return i

# `continue` goes back to the condition, which calls below again.
def skip(n):
    i = 0
    total = 0
    while i < n and below(i, n - 1):
        i += 1
        if i % 2 == 0:
            continue
        total += i
    return total

def main():
    print(count(2, 5))
    print(count(5, 1))
    print(skip(5))

main()

# RUN-OUT:      {{^}}test 0{{$}}
# RUN-OUT-NEXT: {{^}}test 1{{$}}
# RUN-OUT-NEXT: {{^}}test 2{{$}}
# RUN-OUT-NEXT: {{^}}else 2{{$}}
# RUN-OUT-NEXT: {{^}}2{{$}}
# RUN-OUT-NEXT: {{^}}test 0{{$}}
# RUN-OUT-NEXT: {{^}}test 1{{$}}
# RUN-OUT-NEXT: {{^}}1{{$}}
# RUN-OUT-NEXT: {{^}}test 0{{$}}
# RUN-OUT-NEXT: {{^}}test 1{{$}}
# RUN-OUT-NEXT: {{^}}test 2{{$}}
# RUN-OUT-NEXT: {{^}}test 3{{$}}
# RUN-OUT-NEXT: {{^}}test 4{{$}}
# RUN-OUT-NEXT: {{^}}4{{$}}
