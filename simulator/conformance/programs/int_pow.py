# pow with two and three arguments, negative exponents, and operator precedence.
print(2 ** 10, pow(2, 10), 2 ** -1, pow(2, -2), 10 ** -3)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(0 ** 0, 0.0 ** 0, 1 ** 10 ** 10)
print(pow(3, 200, 1000), pow(7, 0, 1), pow(5, 3, 13))
print(pow(3, -1, 7), pow(2, -3, 11), (pow(3, -1, 7) * 3) % 7)
print(pow(-3, 3, 5), pow(3, 3, -5))
print(pow(2, 0.5), 4 ** 0.5, 8 ** (1 / 3))
print(2 ** 1000 % 10 ** 9, pow(2, 1000, 10 ** 9))

for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def modexp(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


print(all(modexp(b, e, m) == pow(b, e, m) for b in range(1, 20) for e in range(0, 30, 7) for m in (7, 97, 1009)))
