# int() parsing with bases, underscores and errors; formatting to other bases.
print(int("42"), int("  -17  "), int("+8"), int("1_000_000"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int("101", 2), int("777", 8), int("10", 3))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(hex(255), oct(8), bin(10), hex(0), bin(-3))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(10, "b"), format(10, "08b"), format(8, "o"))
print(f"{48879:#X} {48879:_x} {123456789:,} {123456789:_}")
for text in ["12a", "", "1.5", "0x10", "1__0", " "]:
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
for bad in [None, [1], float("inf"), float("nan")]:
    try:
        int(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(len(str(10 ** 4000)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
