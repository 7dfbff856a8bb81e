# Generator expressions: laziness, single use, as sole argument, and scoping.
squares = (n * n for n in range(5))
print(type(squares).__name__, next(squares), list(squares), list(squares))
print(sum(n * n for n in range(10)), max(len(w) for w in ["a", "abc", "ab"]), "-".join(str(i) for i in range(4)))
print(any(n > 3 for n in [1, 5]), all(c.isdigit() for c in "123"), sorted((x % 3 for x in range(7)), reverse=True))
log = []


def tap(x):
    log.append(x)
    return x


gen = (tap(x) * 10 for x in range(3))
print("log before:", log)
print(next(gen), "log after one:", log)
print(list(gen), "log at end:", log)
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
matrix = [[1, 2], [3, 4]]
print(list(x for row in matrix for x in row if x % 2 == 0))
first_long = next((w for w in ["hi", "hello", "hey"] if len(w) > 3), None)
missing = next((w for w in ["hi"] if len(w) > 3), None)
print(first_long, missing)
x = "outer"
gen = (x for x in "ab")
print(list(gen), x)
data = [3, 1, 2]
lazy = (d * 2 for d in data)
data.append(10)
print(list(lazy))
nums = range(1, 6)
print(dict((n, n ** 2) for n in nums), set(n % 2 for n in nums), tuple(str(n) for n in nums))
try:
    list(1 / (x - 2) for x in range(4))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
