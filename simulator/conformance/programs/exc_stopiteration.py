# StopIteration from next(), exhausted iterators, and PEP 479 in generators.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration:", repr(e), e.args, e.value)


def gen_with_return():
    yield "only"
    return "return value"


g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration.value =", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value))


def leaky():
    yield 1
    raise StopIteration("leaked")


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def uses_next(items):
    iterator = iter(items)
    while True:
        yield next(iterator) * 2


try:
    print(list(uses_next([1, 2, 3])))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(x for x in [1, 2]), [*map(str, range(3))])
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
