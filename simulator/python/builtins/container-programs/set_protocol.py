# Set construction, errors, reprs, iteration and comparisons that CPython spells out.
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: set().pop())
attempt(lambda: {1}.remove((1, 2)))
attempt(lambda: {1}.remove([1]))
attempt(lambda: set(1))
attempt(lambda: set(1, 2))
attempt(lambda: set(a=1))
attempt(lambda: set().add())
attempt(lambda: set().copy(1))
attempt(lambda: set().issubset())
attempt(lambda: set().update(k=1))
attempt(lambda: {1} < [1])
attempt(lambda: {1} | [1])
attempt(lambda: hash({1}))
attempt(lambda: {1} in {frozenset({1})})
attempt(lambda: frozenset({1, 2}) in {frozenset({2, 1}): 0})
x = {1, 2}
try:
    for k in x:
        x.add(k + 10)
except RuntimeError as e:
    print(e)
it = iter({1, 2, 3})
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)


class S(set):
    pass


class F(frozenset):
    pass


class Iterates(set):
    def __iter__(self):
        return iter([100])


print(S(), S([1]), S([1]) | {2}, type(S([1]).copy()).__name__, frozenset([1]) | {2}, {2} | frozenset([1]))
print(F([1]), F(), F([1]) | {2}, type(F([1]).copy()).__name__, frozenset(), set())
print(set(Iterates([1, 2])), list(Iterates([1, 2])), Iterates([1, 2]))
fs = frozenset([3, 4])
print(fs.copy() is fs, frozenset(fs) is fs, F(fs) is fs, hash(fs) == hash(frozenset([4, 3])))
print(set.__repr__(S([1])), frozenset.__repr__(F()), {(1, 2), 'a', 3.5})
print(hash(F([1, 2])) == hash(frozenset([1, 2])), {F([1]): 'x'}[frozenset([1])], F([1]) in {frozenset([1])})
for bad in [lambda: {slice(1): 1}, lambda: {{}.keys(): 1}, lambda: {{}.items()}, lambda: hash(slice(2))]:
    try:
        bad()
    except TypeError as e:
        print(e)
values = {}.values()
print(hash(values) == hash(values), {range(3): 1}[range(0, 3)])
