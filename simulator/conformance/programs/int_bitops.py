# Bitwise operators, shifts and two's complement semantics on unbounded ints.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, bin(a & b), bin(a | b), bin(a ^ b))
print(~0, ~-1, ~255, -1 & 0xFF, -256 & 0xFFFF)
print(1 << 100, (1 << 100) >> 98, -1 >> 10, -8 >> 1, -9 >> 1, 7 >> 10)
print(bin(-5), hex(-255), oct(-8))
print((255).bit_length(), (256).bit_length(), (-256).bit_length(), (0).bit_length())
print((2 ** 70 - 1) & (2 ** 35), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70 - 1))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)

try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 & 1)
except TypeError as e:
    print("TypeError:", e)


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


print([popcount(n) for n in (0, 1, 7, 255, 2 ** 64 - 1)])
print([bin(n).count("1") for n in (0, 1, 7, 255, 2 ** 64 - 1)])
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(bin(flags), [bit for bit in range(8) if flags >> bit & 1])
flags &= ~(1 << 3)
print(bin(flags), flags)
