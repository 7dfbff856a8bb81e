# Tuples: packing, singletons, immutability, methods, hashing and comparison.
empty = ()
single = (5,)
not_tuple = (5)
packed = 1, "two", 3.0
print(empty, single, not_tuple, packed, type(single).__name__, type(not_tuple).__name__, len(packed))
print(tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}), (1, 2) + (3,), (0,) * 3)
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), t.index(2, 2), t[1:4], t[::-1], 2 in t, min(t), max(t), sum(t))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError:", e)
holder = ([1, 2], "x")
holder[0].append(3)
print(holder)
print(hash((1, 2)) == hash((1, 2)), {(0, 0): "origin", (1, 2): "p"}[(1, 2)])
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 100), ("a", 1) < ("a", 2), () < (0,))
points = [(3, 1), (1, 2), (1, 1), (2, 5)]
print(sorted(points), max(points, key=lambda p: p[1]), [x for x, _ in points])


def min_max(values):
    return min(values), max(values)


lo, hi = min_max([4, 8, 1, 9])
result = min_max("hello")
print(lo, hi, result, type(result).__name__)
print(tuple(x * x for x in range(4)), (1,) == (1), (1,) == tuple([1]), repr((None,)), str(((),)))
