# Domain and range errors from the math module.
import math

cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(-1)", lambda: math.log(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("acos(2)", lambda: math.acos(2)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(10.0, 400)", lambda: math.pow(10.0, 400)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("factorial(-3)", lambda: math.factorial(-3)),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("comb(3, -1)", lambda: math.comb(3, -1)),
    ("floor('x')", lambda: math.floor("x")),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
    ("ceil(inf)", lambda: math.ceil(math.inf)),
    ("floor(nan)", lambda: math.floor(math.nan)),
    ("fsum([inf, -inf])", lambda: math.fsum([math.inf, -math.inf])),
]
for text, compute in cases:
    try:
        print(f"{text:<18} = {compute()}")
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f"{text:<18} {type(e).__name__}: {e}")
print(math.sqrt(0.0), math.log(1), math.exp(-1000), math.pow(0.0, 0.0), math.inf * 0 != math.inf * 0)
