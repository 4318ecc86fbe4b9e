# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}unsupported-async.py:[[@LINE+2]]:1: error: unsupported construct: async function
# CHECK-NEXT: {{^}}async def f(x):{{$}}
async def f(x):
    return x
