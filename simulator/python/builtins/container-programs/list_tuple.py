# list and tuple methods, operators and CPython's messages.
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


def setitem(o, k, v):
    o[k] = v


def delitem(o, k):
    del o[k]


key = 'a'
attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: [1].pop('a'))
attempt(lambda: [1].pop(10**30))
attempt(lambda: [].remove(1))
attempt(lambda: ['x'].index('y'))
attempt(lambda: ().index(1))
attempt(lambda: [].insert(0))
attempt(lambda: [].append())
attempt(lambda: [].count())
attempt(lambda: [].extend(1))
attempt(lambda: [] + ())
attempt(lambda: [] * 'a')
attempt(lambda: [1][5])
attempt(lambda: [1][key])
attempt(lambda: (1,)[key])
attempt(lambda: list(1))
attempt(lambda: list(a=1))
attempt(lambda: list(1, 2))
attempt(lambda: tuple(a=1))
attempt(lambda: [1, 2].index(1, 'a'))
attempt(lambda: [] < ())
attempt(lambda: [1] < ['a'])
attempt(lambda: () + [])
attempt(lambda: [1, 2, 3].index(3, -1))
attempt(lambda: [1, 2, 3].index(3, 0, 2))
attempt(lambda: (1, 2, 3).index(2, 1, 10**20))
attempt(lambda: setitem((1,), 0, 2))
attempt(lambda: delitem((1,), 0))
attempt(lambda: setitem([1], 5, 2))
attempt(lambda: delitem([1], 5))
attempt(lambda: setitem([1, 2, 3], slice(0, 3, 2), [1]))
attempt(lambda: setitem([1, 2, 3], slice(0, 2), 5))
x = [1, 2]
x.append(x)
print(x, (x,), [x, [x]])
t = (1, 2)
print(t[:] is t, t * 1 is t, t[0:2] is t, tuple(t) is t, x[:] is x, t[::-1] is t)
l = [5, 1, 4]
l.reverse()
print(l, l.copy(), l * 2, 2 * l, l + [0], l.count(1), l.index(4))
l += (7, 8)
l *= 2
l[1:3] = 'ab'
l[::2] = range(5)
del l[::3]
l[5:] = []
l[-100:2] = [9]
l.insert(-100, 'first')
l.insert(100, 'last')
print(l)
l.clear()
print(l, len(l), [1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) <= (1, 2), [1] != [1.0], (1, (2, 3)) > (1, (2,)))
i = iter([1, 2])
print(i.__length_hint__(), next(i), i.__length_hint__(), type(iter(())).__name__, type(reversed([])).__name__)
m = [[0] * 2] * 2
m[0][0] = 1
y = [1, 2, 3, 4, 5, 6]
print(m, y[::-2], y[-2:], y[10:], y[:-10], y[::3], y[5:1:-1], y[-1:-4:-1])


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f'{self.name} == {getattr(other, "name", other)}')
        return NotImplemented


a, b = Loud('a'), Loud('b')
print(a in [b], [a] == [b], (a,) == (b, 1), [a] == [b, 1], [a].count(b), [a, b].index(b))
print([1].__repr__(), {}.__repr__(), (1,).__repr__())
