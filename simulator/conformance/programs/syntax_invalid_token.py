# A stray character that cannot start any token.
import math

RATE = 0.2


def scaled(values):
    return [math.floor(v * RATE) for v in values]


print("setup", scaled([10, 20]))

price = 10
tax = price $ 0.2
print(price + tax)
