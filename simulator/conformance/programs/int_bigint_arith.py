# Arbitrary-precision integers: huge powers, products and digit manipulation.
big = 2 ** 100
print(big)
print(big * big)
print(big - 2 ** 101)
print(3 ** 200)
print(len(str(2 ** 1000)), sum(int(d) for d in str(2 ** 1000)))

fact = 1
for i in range(1, 31):
    fact *= i
print("30! =", fact)
print(fact // 2 ** 26, fact % 1000003)

neg = -(10 ** 30) + 7
print(neg, abs(neg), -neg)
print(neg * neg == 10 ** 60 - 14 * 10 ** 30 + 49)

# Mixed sizes and signs.
for a, b in [(10 ** 20, 3), (-(10 ** 20), 7), (2 ** 64, -(2 ** 32))]:
    print(a + b, a - b, a * b, a // b, a % b)

# Fibonacci with big numbers.
x, y = 0, 1
for _ in range(150):
    x, y = y, x + y
print("fib(150) =", x)
print(x.bit_length(), (x >> 100), x & 0xFFFF)
print(int("9" * 40) + 1)
print(10 ** 18 == 1000000000000000000, 2 ** 63 - 1, -(2 ** 63))
print(type(2 ** 200).__name__)
