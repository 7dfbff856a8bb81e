# set methods, mutation, errors and frozenset.
s = {3, 1, 4}
s.add(1)
s.add(5)
print(s, len(s), 4 in s, 9 not in s)
s.remove(3)
s.discard(100)
s.discard(4)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
s.update([7, 8], (9,), {10})
print(s)
s.intersection_update({7, 8, 9, 100})
print(s)
s.difference_update([7])
print(s)
s.symmetric_difference_update({9, 11})
print(s)
c = s.copy()
c.clear()
print(c, s, set() == frozenset(), {1} == frozenset([1]))
f = frozenset([1, 2, 3])
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {2, 3, 9})
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
groups = {frozenset({"a", "b"}): 1, frozenset({"c"}): 2}
print(groups[frozenset({"b", "a"})], {1, 2, 3} - {2} == {1, 3})
dupes = [5, 3, 5, 1, 3, 3, 9]
print(sorted(set(dupes)), len(dupes) - len(set(dupes)), sorted({x for x in dupes if dupes.count(x) > 1}))
