# Float arithmetic details: special values, integer checks, ratio, errors.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf > 10 ** 400)
print(nan + 1, nan == nan, nan is nan, [nan] == [nan], nan in [nan])
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (1e300).is_integer())
print(7.0 / 2, 7.0 // 2, -7.0 // 2, 7.0 % 2.5, -7.0 % 2.5, 2.0 ** 0.5)
print(abs(-0.0), -0.0 == 0.0, str(-0.0), 0.0 * -1)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(1e308 + 1e308, 1e308 * -10, (2.0 ** 1023) * 2)
cases = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("5.0 % 0", lambda: 5.0 % 0),
    ("1e308 * 10 == inf", lambda: 1e308 * 10 == float("inf")),
    ("10 ** 400 / 1.0", lambda: 10 ** 400 / 1.0),
    ("float(10 ** 400)", lambda: float(10 ** 400)),
    ("10 ** 400 / 10 ** 399", lambda: 10 ** 400 / 10 ** 399),
]
for text, compute in cases:
    try:
        print(text, "=", compute())
    except (ZeroDivisionError, OverflowError) as e:
        print(text, "->", type(e).__name__ + ":", e)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
print(round(total, 10), int(total), int(-total))
