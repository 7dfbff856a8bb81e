# Generator functions: lazy execution, state between yields, exhaustion.
def countdown(n):
    print("  generator started")
    while n > 0:
        print(f"  about to yield {n}")
        yield n
        n -= 1
    print("  generator finished")


g = countdown(3)
print("created, nothing run yet:", type(g).__name__)
print("first:", next(g))
print("second:", next(g))
print("rest:", list(g))
print("exhausted:", list(g), next(g, "sentinel"))


def evens():
    n = 0
    while True:
        yield n
        n += 2


e = evens()
print([next(e) for _ in range(5)])


def pairs(items):
    for i in range(len(items) - 1):
        yield items[i], items[i + 1]


print(list(pairs("abcd")), dict(pairs([1, 2, 3])))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for i, value in enumerate(fib()):
    if value > 100:
        break
    print(value, end=" ")
print()


def with_return(n):
    yield from range(n)
    return "done"


print(list(with_return(3)), sum(with_return(5)), max(with_return(4)), sorted(with_return(3), reverse=True))
gen = countdown(1)
print(iter(gen) is gen, hasattr(gen, "__next__"), gen.__name__)
