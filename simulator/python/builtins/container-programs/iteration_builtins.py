# iter, next, enumerate, zip, map, filter, reversed, min, max and sum: results, laziness and messages.
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: min())
attempt(lambda: min(1))
attempt(lambda: min([]))
attempt(lambda: max((), default=5))
attempt(lambda: max(1, 2, default=5))
attempt(lambda: max([1], foo=1))
attempt(lambda: min([3, 1, 2], key=lambda x: -x))
attempt(lambda: max([1, 'a']))
attempt(lambda: (max([float('nan'), 1, 2]), max([1, 2, float('nan')])))
attempt(lambda: sum())
attempt(lambda: sum(1, 2, 3))
attempt(lambda: sum([1, 2], start=10))
attempt(lambda: sum(['a'], ''))
attempt(lambda: sum([b'a'], b''))
attempt(lambda: sum([[1], [2]], []))
attempt(lambda: (sum([0.1] * 10), sum([1, 2.5, True])))
attempt(lambda: sum(['a', 'b']))
attempt(lambda: list(zip([1, 2], [3], strict=True)))
attempt(lambda: list(zip([1], [3, 4], strict=True)))
attempt(lambda: list(zip([1], [3], [4, 5], strict=True)))
attempt(lambda: list(zip([1], foo=True)))
attempt(lambda: list(zip([1], 2)))
attempt(lambda: list(map(abs)))
attempt(lambda: list(map(abs, 1)))
attempt(lambda: list(filter(None)))
attempt(lambda: list(filter(None, [0, 1, '', 'a', None, [], [0]])))
attempt(lambda: list(enumerate()))
attempt(lambda: list(enumerate([1], 'a')))
attempt(lambda: list(enumerate('ab', 10**20)))
attempt(lambda: reversed())
attempt(lambda: reversed({1}))
attempt(lambda: reversed(x for x in [1]))
attempt(lambda: (list(reversed((1, 2, 3))), type(reversed((1, 2))).__name__, type(reversed('ab')).__name__))
attempt(lambda: iter())
attempt(lambda: iter(1, 2, 3))
attempt(lambda: iter(5, 0))
attempt(lambda: list(iter([3, 2, 1, 0, 5].pop, 0)))
attempt(lambda: type(iter(int, 1)).__name__)
attempt(lambda: next([1]))
attempt(lambda: list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
r = reversed([1, 2, 3])
next(r)
print(r.__length_hint__())


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        print('get', i)
        if i >= 3:
            raise IndexError
        return i


for x in reversed(Seq()):
    print('x', x)


def gen():
    for i in [3, 1, 2]:
        print('yield', i)
        yield i


print(min(gen(), key=lambda v: print('key', v) or v))
calls = iter([1, 2, StopIteration, 3])


def source():
    v = next(calls)
    if v is StopIteration:
        raise StopIteration
    return v


print(list(iter(source, 99)))
