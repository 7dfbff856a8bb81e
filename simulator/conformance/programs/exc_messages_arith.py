# Messages of arithmetic errors.
import math

cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.5 / 0", lambda: 1.5 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("2 ** -1 % 0", lambda: 2 ** -1 % 0),
    ("0 ** -2", lambda: 0 ** -2),
    ("10 ** 400 * 1.0", lambda: 10 ** 400 * 1.0),
    ("math.exp(1000)", lambda: math.exp(1000)),
    ("math.sqrt(-1)", lambda: math.sqrt(-1)),
    ("math.log(0)", lambda: math.log(0)),
    ("math.factorial(-1)", lambda: math.factorial(-1)),
    ("1 << 10 ** 100", lambda: 1 << 10 ** 100),
    ("int(float('inf'))", lambda: int(float("inf"))),
    ("round(float('nan'))", lambda: round(float("nan"))),
    ("pow(0, -1, 7)", lambda: pow(0, -1, 7)),
]
for text, compute in cases:
    try:
        print(text, "=", compute())
    except (ArithmeticError, ValueError, MemoryError) as e:
        print(f"{text:<20} {type(e).__name__}: {e}")
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
