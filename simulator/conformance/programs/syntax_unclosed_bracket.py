# An unclosed bracket is reported at the opening bracket.
import math

RATE = 0.2


def scaled(values):
    return [math.floor(v * RATE) for v in values]


print("setup", scaled([10, 20]))

print("start")
numbers = [1, 2, 3,
           4, 5, 6
total = sum(numbers)
print(total)
