# Float repr and str() in both tracers at their edges (negative zero, halves, 0.1 + 0.2-style
# shortest round trip, 1e16 and 1e-05 where the exponent form starts, huge, tiny and inf made by
# arithmetic), with round half-to-even, floor division and modulo of floats, and format specs.
# CPython's answers; identical traces.
# RUN: pyctl --trace %s --inputs %S/Inputs/issue3-floats.jsonl --entry floats -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/issue3-floats.jsonl --entry floats --source %s -o %t.py.json > %t.py.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {{^}}{"repr": "['0.0', '0.0', '0.0', '0.0', '0.1', '-0.0', '0.0', [0, 0.0, 0.0, 0, 0.0, 0.0], [0.0, 0.0, -0.0, 0.0, -0.0, 0.0], [True, False, False, False, False], [0.0, -0.0, True, '0.0', '0.0'], [0, True, '0.00', '         0.0', '0', '0.000e+00']]", "stdout": "", "json": ["0.0", "0.0", "0.0", "0.0", "0.1", "-0.0", "0.0", [0, 0.0, 0.0, 0, 0.0, 0.0], [0.0, 0.0, -0.0, 0.0, -0.0, 0.0], [true, false, false, false, false], [0.0, -0.0, true, "0.0", "0.0"], [0, true, "0.00", "         0.0", "0", "0.000e+00"]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['-0.0', '-0.0', '-0.0', '-0.0', '0.1', '0.0', '-0.0', [0, -0.0, -0.0, 0, -0.0, -0.0], [-0.0, 0.0, 0.0, 0.0, -0.0, -0.0], [True, False, False, False, False], [-0.0, 0.0, True, '-0.0', '-0.0'], [0, True, '-0.00', '        -0.0', '-0', '-0.000e+00']]", "stdout": "", "json": ["-0.0", "-0.0", "-0.0", "-0.0", "0.1", "0.0", "-0.0", [0, -0.0, -0.0, 0, -0.0, -0.0], [-0.0, 0.0, 0.0, 0.0, -0.0, -0.0], [true, false, false, false, false], [-0.0, 0.0, true, "-0.0", "-0.0"], [0, true, "-0.00", "        -0.0", "-0", "-0.000e+00"]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['0.5', '0.5', '1.5', '0.07142857142857142', '0.6', '-0.5', '5000000000000000.0', [0, 0.5, 0.5, 0, 0.0, 0.0], [0.0, 0.5, -1.0, 0.5, -0.25, 4.0], [False, False, True, False, True], [inf, -inf, False, 'inf', 'nan'], [500, True, '0.50', '         0.5', '0.5', '5.000e-01']]", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"repr": "['2.5', '2.5', '7.5', '0.35714285714285715', '2.6', '-2.5', '2.5e+16', [2, 2.5, 2.5, -2, 2.0, 20.0], [2.0, 0.5, -3.0, 0.5, -0.5, 24.0], [False, False, True, False, True], [inf, -inf, False, 'inf', 'nan'], [2500, True, '2.50', '         2.5', '2.5', '2.500e+00']]", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"repr": "['-2.5', '-2.5', '-7.5', '-0.35714285714285715', '-2.4', '2.5', '-2.5e+16', [-2, -2.5, -2.5, 2, -2.0, -20.0], [-3.0, 0.5, 2.0, 0.5, -0.25, -25.0], [False, True, True, False, False], [-inf, inf, False, '-inf', 'nan'], [-2500, True, '-2.50', '        -2.5', '-2.5', '-2.500e+00']]", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"repr": "['0.1', '0.1', '0.30000000000000004', '0.014285714285714287', '0.2', '-0.1', '1000000000000000.0', [0, 0.1, 0.1, 0, 0.0, 0.0], [0.0, 0.1, -1.0, 0.9, -0.65, 1.0], [False, False, True, False, True], [1e+308, -1e+308, True, '1e+308', '0.0'], [100, True, '0.10', '         0.1', '0.1', '1.000e-01']]", "stdout": "", "json": ["0.1", "0.1", "0.30000000000000004", "0.014285714285714287", "0.2", "-0.1", "1000000000000000.0", [0, 0.1, 0.1, 0, 0.0, 0.0], [0.0, 0.1, -1.0, 0.9, -0.65, 1.0], [false, false, true, false, true], [1e+308, -1e+308, true, "1e+308", "0.0"], [100, true, "0.10", "         0.1", "0.1", "1.000e-01"]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['0.2', '0.2', '0.6000000000000001', '0.028571428571428574', '0.30000000000000004', '-0.2', '2000000000000000.0', [0, 0.2, 0.2, 0, 0.0, 0.0], [0.0, 0.2, -1.0, 0.8, -0.55, 2.0], [False, False, True, False, True], [inf, -inf, False, 'inf', 'nan'], [200, True, '0.20', '         0.2', '0.2', '2.000e-01']]", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"repr": "['1e+16', '1e+16', '3e+16', '1428571428571428.5', '1e+16', '-1e+16', '1e+32', [None, 1e+16, 1e+16, None, 1e+16, 1e+17], [1e+16, 0.0, -1e+16, 0.0, -0.5, 1e+17], [False, False, True, False, True], [inf, -inf, False, 'inf', 'nan'], [None, True, '10000000000000000.00', '       1e+16', '1e+16', '1.000e+16']]", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"repr": "['1e-300', '1e-300', '3e-300', '1.4285714285714285e-301', '0.1', '-1e-300', '1e-284', [0, 0.0, 0.0, 0, 0.0, 0.0], [0.0, 1e-300, -1.0, 1.0, -0.75, 0.0], [False, False, True, False, False], [1000000000.0, -1000000000.0, True, '1000000000.0', '0.0'], [0, True, '0.00', '      1e-300', '1e-300', '1.000e-300']]", "stdout": "", "json": ["1e-300", "1e-300", "3e-300", "1.4285714285714285e-301", "0.1", "-1e-300", "1e-284", [0, 0.0, 0.0, 0, 0.0, 0.0], [0.0, 1e-300, -1.0, 1.0, -0.75, 0.0], [false, false, true, false, false], [1000000000.0, -1000000000.0, true, "1000000000.0", "0.0"], [0, true, "0.00", "      1e-300", "1e-300", "1.000e-300"]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['5e-324', '5e-324', '1.5e-323', '0.0', '0.1', '-5e-324', '4.940656458412465e-308', [0, 0.0, 0.0, 0, 0.0, 0.0], [0.0, 5e-324, -1.0, 1.0, -0.75, 0.0], [False, False, True, False, False], [4.9406564584124655e-15, -4.9406564584124655e-15, True, '4.9406564584124655e-15', '0.0'], [0, True, '0.00', '      5e-324', '4.94066e-324', '4.941e-324']]", "stdout": "", "json": ["5e-324", "5e-324", "1.5e-323", "0.0", "0.1", "-5e-324", "4.940656458412465e-308", [0, 0.0, 0.0, 0, 0.0, 0.0], [0.0, 5e-324, -1.0, 1.0, -0.75, 0.0], [false, false, true, false, false], [4.9406564584124655e-15, -4.9406564584124655e-15, true, "4.9406564584124655e-15", "0.0"], [0, true, "0.00", "      5e-324", "4.94066e-324", "4.941e-324"]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['1.7976931348623157e+308', '1.7976931348623157e+308', 'inf', '2.5681330498033083e+307', '1.7976931348623157e+308', '-1.7976931348623157e+308', 'inf', [None, 1.7976931348623157e+308, 1.7976931348623157e+308, None, 1.7976931348623157e+308, inf], [1.7976931348623157e+308, 0.0, -1.7976931348623157e+308, 0.0, -0.25, inf], [False, False, True, False, True], [inf, -inf, False, 'inf', 'nan'], [None, True, '179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00', '1.7976931348623157e+308', '1.79769e+308', '1.798e+308']]", "stdout": ""}{{$}}
# TRACE-DAG: repr(x$1)
# TRACE-DAG: str(x$1)
# TRACE-DAG: round(x$1, 1)
# TRACE-DAG: (x$1 // 1)

# Float repr and str(), true division and round half-to-even on floats at their edges: zero,
# negative zero, halves, shortest round trip (0.1 + 0.2), exponents at 1e16 and 1e-5, huge,
# tiny, inf and nan made by arithmetic, and round with ndigits.
def floats(x):
    y = x * 3
    out = [repr(x), str(x), repr(y), str(x / 7), repr(x + 0.1), repr(-x), str(x * 1e16)]
    small = abs(x) < 1e15
    out.append([round(x) if small else None, round(x, 1), round(x, 2), round(-x) if small else None, round(x, 0), round(x * 10, -1)])
    out.append([x // 1, x % 1, -x // 1, -x % 1, x % -0.75, x // 0.1])
    out.append([x == 0, x < 0, bool(x), x != x, 1e308 * (x + 1) > 1e308])
    big = x * 1e308 * 10
    out.append([big, -big, big - big == big - big, str(big), repr(big * 0)])
    out.append([int(x * 1000) if small else None, float(str(x)) == x, f"{x:.2f}", f"{x:>12}", "%g" % x, "%.3e" % x])
    return out
