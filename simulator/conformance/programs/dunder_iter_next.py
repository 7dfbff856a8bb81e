# Iterator classes: __iter__ returning self, __next__ raising StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Repeatable:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


cd = Countdown(3)
print(list(cd), list(cd))
r = Repeatable("ab")
print(list(r), list(r), [c + d for c in r for d in r])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


print(list(Fib(100)), sum(Fib(1000)), max(Fib(50)), 21 in Fib(30))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(dict(zip(Countdown(3), "xyz")), sorted(Countdown(4)), tuple(Countdown(2)))
try:
    next(Repeatable([1]))
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
