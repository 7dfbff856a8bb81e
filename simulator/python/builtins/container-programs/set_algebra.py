# Set operators and methods between sets and other iterables: the results' iteration order is CPython's.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {100}), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print(a <= b, {4, 5} <= b, {4, 5} < b, b > {6}, a.isdisjoint({8, 9}), a.issuperset([1, 2]))
print(a.__rsub__(b), a.__ror__(b), a.__rxor__(b), a.__or__([1]))
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
print(s, s.pop(), s)
s -= {1, 2, 4}
s |= {100, 200, 33}
s &= set(range(10, 300))
s ^= {10, 11, 12, 500}
print(s)
w = {1, 2, 3}
w.update([4], (5,), {6: 0})
w.difference_update([1], {2})
w.intersection_update(range(10), [3, 4, 5, 6, 7])
w.symmetric_difference_update({3, 100})
print(w, w.issubset(range(200)), w.issuperset(iter([4])), w.isdisjoint(iter([0])))
print(set({'a': 1, 'b': 2, 'zz': 3}), set('hello world'), set(range(10, 0, -1)))
big = set(range(0, 400, 7))
print(big - {7, 14}, {7, 14, 1000} - big, big & {21, 28, 999})
print(set([1, 1.0, True]), {1.0, 1}, {True, 1}, {1, 2} == frozenset({1, 2}), {1} < {1, 2})
grow = set()
for n in [64, 32, 16, 8, 4, 2, 1, 33, 65, 97, 129]:
    grow.add(n)
print(grow, list(grow))
