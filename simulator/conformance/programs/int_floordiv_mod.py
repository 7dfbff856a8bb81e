# Floor division and modulo round toward negative infinity; divmod agrees with both.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (-5, 7), (10 ** 20 + 1, -3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {(q, r)}, check = {q * b + r == a}")

print(-1 % 10, -11 % 10, 11 % -10)
print(int(-7 / 2), -7 // 2)

# Floats with // and %.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.3)]:
    print(a // b, a % b, divmod(a, b))

# Clock arithmetic.
hour = 22
for delta in (3, -25, 100):
    print((hour + delta) % 24, end=" ")
print()

for a, b in [(1, 0), (1.0, 0), (5, 0.0)]:
    for name, op in [("//", lambda p, q: p // q), ("%", lambda p, q: p % q), ("divmod", divmod)]:
        try:
            op(a, b)
        except ZeroDivisionError as e:
            print(a, name, b, "->", type(e).__name__ + ":", e)
