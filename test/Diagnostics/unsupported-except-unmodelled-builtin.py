# A builtin exception class outside pyctl's hierarchy (OSError, MemoryError, Warning, ...) is
# refused by name: catching it cannot be modelled, and the program is not an invalid one.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: sed 's/OSError/UnicodeDecodeError/' %s | not pyctl -passes=anf - 2>&1 | FileCheck --check-prefix=UNICODE %s
# UNICODE: error: unsupported construct: 'except UnicodeDecodeError' (the builtin exception class 'UnicodeDecodeError' is not modelled by pyctl)

def f(x):
    try:
        x = 1 // x
    # CHECK: {{.*}}unsupported-except-unmodelled-builtin.py:[[@LINE+2]]:25: error: unsupported construct: 'except OSError' (the builtin exception class 'OSError' is not modelled by pyctl)
    # CHECK-NEXT: {{^}}    except (ValueError, OSError):{{$}}
    except (ValueError, OSError):
        pass
    return x
