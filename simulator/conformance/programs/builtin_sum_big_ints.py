# sum() adds ints exactly across the 2**53 boundary, whatever mix of ints, bools, floats and ints subclasses it meets.
print(sum([1, 2, 3]))
print(sum([2**53, 1, 2**60, -2**61, 5]))
print(sum([9007199254740991, 9007199254740991, -9007199254740991]))
print(sum(i * i for i in range(3_000)))
print(sum(range(10**6)), sum(range(-5, 5)))
print(sum([1, 2.5, 3, 2**60]))
print(sum([1, 2, True, 3]))
print(sum([], 2**70), sum([1, 2], 2**70), sum([1, 2], 0.5))
print(sum([2**63, -2**63, 7]), type(sum([2**63, -2**63])))


class Loud(int):
    def __add__(self, other):
        print(f"  Loud.__add__({other!r})")
        return Loud(int(self) + other)

    def __radd__(self, other):
        print(f"  Loud.__radd__({other!r})")
        return Loud(other + int(self))


print(sum([1, 2, Loud(10), 3]))
print(sum([5, 6], Loud(1)))
try:
    sum([1, 2**60, "a"])
except TypeError as e:
    print("TypeError:", e)
