# break outside of any loop.
import math

RATE = 0.2


def scaled(values):
    return [math.floor(v * RATE) for v in values]


print("setup", scaled([10, 20]))


def search(items, target):
    for item in items:
        if item == target:
            print("found")
    break


search([1, 2], 2)
