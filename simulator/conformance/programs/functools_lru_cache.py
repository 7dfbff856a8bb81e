# functools.lru_cache: memoization, cache_info, cache_clear, maxsize eviction; functools.cache.
from functools import cache, lru_cache

calls = []


@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(calls), fib.cache_info())
print(fib(30), fib.cache_info().hits, fib.cache_info().currsize)
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def slow_square(x):
    print(f"  computing {x}")
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    print(x, "->", slow_square(x))
info = slow_square.cache_info()
print(info, info.maxsize, type(info).__name__)


@cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print(ways(50), ways.cache_info().currsize)


@lru_cache
def describe(value, flag=False):
    print("  miss", value, flag)
    return f"{value}:{flag}"


print(describe(1), describe(1), describe(1.0), describe(1, flag=True), describe(1, True))
print(describe.cache_info())
try:
    describe([1])
except TypeError as e:
    print("TypeError:", e)
print(fib.__name__, slow_square.__wrapped__(9))
