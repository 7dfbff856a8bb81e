# abs, round, divmod, pow, int/float conversions and numeric helpers.
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(-float("inf")))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234.5678, -2), round(7), round(7.7, None))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, -2), pow(2, 8, 10), pow(2.5, 2), pow(-8, 3))
print(int("42") + float("0.5"), int(2.999), float("3"), float(" -1e3 "), complex(1, 2).real)
print(max(abs(-3), abs(2)), sum(map(abs, [-1, -2, 3])), round(sum([0.1] * 10), 2))
print((17).__divmod__(5), (-7).__abs__(), (3).__pow__(2), (10).__mod__(3))
print(hex(255), oct(255), bin(255), int("0xff", 16), int("ff", 16), int("0o377", 8), int("11111111", 2))
print(1_000_000 + 0x10 + 0o10 + 0b10, 1e3, 1E-2, 5e0, .5, 5.)
print(float("inf") > 10 ** 300, -float("inf") < -(10 ** 300), round(-0.4), round(0.4999999999999999))
for bad in (lambda: abs("x"), lambda: round("1.5"), lambda: divmod(1, "2"), lambda: round(1.5, 1.0)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
