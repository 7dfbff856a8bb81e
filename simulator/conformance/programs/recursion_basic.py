# Recursive functions: factorial, fibonacci, mutual recursion, flattening, binary search.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def flatten(items):
    result = []
    for item in items:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result


def binary_search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + subset for subset in rest]


print(factorial(20), factorial(0), [fib(n) for n in range(15)])
print(is_even(10), is_odd(7), is_even(7))
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
data = list(range(0, 100, 7))
print([binary_search(data, t) for t in (0, 49, 98, 50)])
print(ackermann(2, 3), ackermann(3, 3))
print(power_set(["a", "b", "c"]))
print(factorial(500) % 10 ** 10, len(str(factorial(500))))
