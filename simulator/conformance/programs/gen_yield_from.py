# yield from: delegation, return values, and passing values through.
def inner():
    received = yield "inner-1"
    print("  inner received", repr(received))
    yield "inner-2"
    return "inner result"


def outer():
    result = yield from inner()
    print("  outer got", repr(result))
    yield "outer-1"
    return "outer result"


g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, (3, [4, 5])], [], 6])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(2), {"k": 0})))


def tree(depth, prefix="root"):
    yield prefix
    if depth:
        for side in ("L", "R"):
            yield from tree(depth - 1, prefix + side)


print(list(tree(2)))


def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count
        total += value
        count += 1


def collect(results):
    while True:
        results.append((yield from averager()))


results = []
c = collect(results)
next(c)
for v in (10, 20, None, 1, 2, 3, None):
    c.send(v)
print(results)
