# Sets of ints print in hash-table order, which CPython makes deterministic for small ints.
print({100, 3, 10}, {1, 2, 3}, {3, 2, 1}, {5, 13, 21}, {8, 16, 24, 32}, {-1, -2, 0, 1})
print(set([10, 20, 30, 40, 50, 60, 70, 80, 90]), {1000, 2000, 3000, 7, 8}, set(range(10, 0, -1)))
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {100}), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print(a <= b, {4, 5} <= b, {4, 5} < b, b > {6}, a.isdisjoint({8, 9}), a.issuperset([1, 2]))
grow = set()
for n in [64, 32, 16, 8, 4, 2, 1, 33, 65]:
    grow.add(n)
    print(sorted(grow) == list(grow), grow)
print({x % 7 for x in range(30)}, {x * x for x in range(-3, 4)})
print(set("mississippi") == {"m", "i", "s", "p"}, len(set([1, 1.0, True, 2])))
print(frozenset({3, 1, 2}), frozenset(), set(), {frozenset({1}): "ok"})
big = {2 ** 40, 2 ** 40 + 1, 17, -(2 ** 40)}
print(sorted(big), len(big))
