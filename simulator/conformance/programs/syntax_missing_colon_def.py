# A missing colon at the end of a def line.
import math

RATE = 0.2


def scaled(values):
    return [math.floor(v * RATE) for v in values]


print("setup", scaled([10, 20]))

values = [1, 2, 3]


def total(items)
    return sum(items)


print(total(values))
