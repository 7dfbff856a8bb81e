# dict views: reprs, iteration, reversed, set operations and comparisons.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(v), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
print(type(reversed(d)).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__)
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'q'}, {'a', 'z'} & k, {'z'} | k, {'a', 'q'} - k, ['a', 'q'] ^ k)
print(it & {('a', 1)}, it - {('a', 1)}, it | [('z', 0)], it ^ {'b': 2}.items())
print(k == {'a', 'b', 'c'}, k != {'a'}, k < {'a', 'b', 'c', 'd'}, k <= set('abc'), k > {'a'}, k >= k)
print(it == {('a', 1), ('b', 2), ('c', 3)}, v == v, v == d.values(), k.isdisjoint({'x'}), k.isdisjoint(['a']))
print(it.isdisjoint([('a', 1)]), ('a', 1) in it, ('a', 2) in it, 'a' in it, 1 in v, 'a' in k, [1] in v)
members = dict.fromkeys(['__module__', 'role', '__init__', 'apply_raise', '__doc__'])
print(members.keys() - {'__module__', '__doc__'}, members.keys() & {'role', 'x', '__doc__'})
for bad in [lambda: hash(k), lambda: k - 1, lambda: k < [1], lambda: [1] in k]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(hash(v) == hash(v))
r = {}
r['self'] = r
print(r, r.keys(), r.values(), r.items())
