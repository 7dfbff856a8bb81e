# An exception inside a list comprehension shows the comprehension's own frame.
def invert_all(values):
    return [1 / v for v in values]


def describe(values):
    return ", ".join(f"{v:.2f}" for v in invert_all(values))


print(invert_all([1, 2, 4]))
print(describe([8, 10]))
print(invert_all([5, 0, 2]))
