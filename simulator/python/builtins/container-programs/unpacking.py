# Unpacking in assignments, displays and calls, and the messages when it fails.
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


def f(*a, **k):
    return a, k


attempt(lambda: f(*1))
attempt(lambda: f(1, *2))
attempt(lambda: f(**1))
attempt(lambda: f(**{'a': 1}, **{'a': 2}))
attempt(lambda: print(*1))
attempt(lambda: [*1])
attempt(lambda: {**1})
attempt(lambda: {*1})
attempt(lambda: (*1,))
attempt(lambda: f(*'ab', *range(2), **{'x': 1}, y=2))


def one():
    a, b = 1


def many():
    a, b = [1, 2, 3]


def few():
    a, b, c = [1, 2]


def starred():
    a, *b, c = [1]


def endless():
    def gen():
        while True:
            yield 1
    a, b = gen()


class NotIterable:
    pass


def custom():
    a, b = NotIterable()


for fn in [one, many, few, starred, endless, custom]:
    attempt(fn)
a, *b, c = 'hello'
x, (y, *z) = 1, (2, 3, 4)
first, *rest = iter(range(5))
*init, last = [1]
print(a, b, c, x, y, z, first, rest, init, last)
print([*range(3), *'ab', *{'k': 1}], {*[1, 2], *(2, 3)}, {**{'a': 1}, 'b': 2, **dict(c=3)})
