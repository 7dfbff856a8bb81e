# repr of floats: shortest string that round-trips, exponent thresholds, special values.
values = [
    0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 3.0, -0.0, 1e16, 1e15, 123456789012345678.0,
    1e-05, 0.0001, 1e-4 / 10, 1e22, 1e100, 5e-324, 1.7976931348623157e308, 2.5, 100.0,
    1.1 * 3, 0.3 * 3, 9.95, 1.0000000000000002, 123.456, 1e-07 * 3, 6.02214076e23,
]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"), float("infinity"), float("-NaN"))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print([0.1, 1e16, float("nan")], (1.0,), {"k": 2.50})
print(float("1e500"), float(" 12.5 "), float("1_000.5"), float("-.5"), float("5."))
print(float(10 ** 16), float(2 ** 63), float(-17))
print(0.1 + 0.7, 4.35 * 100, 1.15 * 100, 0.57 * 100)
print(sum([0.1] * 10), 0.1 * 10)
print(str(1e16) == "1e+16", repr(1e-5) == "1e-05")
