# nonlocal state in closures: counters, memo tables and generators of ids.
def make_counter(start=0, step=1):
    value = start - step

    def next_value():
        nonlocal value
        value += step
        return value

    return next_value


c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c2(), c1(), c2())


def memoize(func):
    cache = {}
    hits = 0

    def wrapper(n):
        nonlocal hits
        if n in cache:
            hits += 1
            return cache[n]
        cache[n] = func(n)
        return cache[n]

    def stats():
        return {"size": len(cache), "hits": hits}

    wrapper.stats = stats
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(40), fib.stats())


def running_average():
    total = 0
    count = 0

    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count

    return add


avg = running_average()
print([avg(x) for x in (10, 20, 60, 10)])


def outer():
    level = "outer"

    def inner():
        def innermost():
            nonlocal level
            level = "set by innermost"

        innermost()

    inner()
    return level


print(outer())
