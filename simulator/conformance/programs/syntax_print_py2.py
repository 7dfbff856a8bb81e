# Python 2 print statement.
import math

RATE = 0.2


def scaled(values):
    return [math.floor(v * RATE) for v in values]


print("setup", scaled([10, 20]))

name = "world"
print "hello", name
