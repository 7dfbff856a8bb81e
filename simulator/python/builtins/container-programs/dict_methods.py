# dict construction, methods, operators, errors and mutation while iterating.
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', repr(e) if isinstance(e, KeyError) else e)


for args in [(1,), ([1],), ([(1, 2, 3)],), (['ab', 'cd'],), ([1], [2])]:
    attempt(lambda: dict(*args))
d = {'a': 1, 'b': 2, 'c': 3}
attempt(lambda: d.get())
attempt(lambda: d.pop())
attempt(lambda: {}.popitem())
attempt(lambda: d[[1]])
attempt(lambda: [1] in d)
attempt(lambda: {} + {})
attempt(lambda: {} | [])
attempt(lambda: d['zz'])
attempt(lambda: dict.fromkeys())
x = {}
x |= [(1, 2)]
x |= {3: 4}
print(x, {1: 2} | {1: 3, 4: 5}, dict([('a', 1)], b=2), dict(zip('abc', range(3))))
print(dict.fromkeys({3, 1, 2}), dict.fromkeys({'x': 1, 'y': 2}), dict.fromkeys('ab', []))
print({1: 'a', True: 'b', 1.0: 'c'}, {0.0: 1, -0.0: 2, False: 3})
print(d.setdefault('z'), d, d.pop('z'), d.pop('zz', 'dflt'))
d['new'] = 1
print(d.popitem(), d, len(d), 'a' in d, d == {'c': 3, 'b': 2, 'a': 1}, d != {'a': 1})
try:
    for key in d:
        d['more'] = 1
except RuntimeError as e:
    print(e)
dd = {1: 1, 2: 2}
try:
    for key in dd:
        del dd[key]
        dd[key + 10] = 1
except RuntimeError as e:
    print(e, dd)
same = {1: 1, 2: 2}
for key in same:
    same[3] = 3
    del same[3]
print(same)


class D(dict):
    def __missing__(self, key):
        return key * 2


class Loud(dict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)


print(D(a=1)['zz'], D(a=1), type(D(a=1).copy()).__name__, type(D.fromkeys('ab')).__name__, D.fromkeys('ab', 0))
print(Loud.fromkeys('xy', 0), dict.__repr__(D(b=2)))
