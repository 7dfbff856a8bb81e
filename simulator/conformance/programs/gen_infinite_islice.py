# Infinite generators tamed with itertools.islice, takewhile and zip.
from itertools import count, islice, takewhile


def naturals():
    n = 1
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


print(list(islice(naturals(), 5)), list(islice(naturals(), 2, 8, 2)))
print(list(islice(primes(), 15)))
print(list(takewhile(lambda p: p < 30, primes())))
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))


def pipeline():
    evens = (n for n in naturals() if n % 2 == 0)
    squared = (n * n for n in evens)
    labelled = (f"#{i}:{v}" for i, v in enumerate(squared))
    return labelled


print(list(islice(pipeline(), 4)))
print(list(zip("abc", naturals())), dict(zip(naturals(), "xyz")))
gen = naturals()
print(list(islice(gen, 3)), list(islice(gen, 3)), next(gen))
