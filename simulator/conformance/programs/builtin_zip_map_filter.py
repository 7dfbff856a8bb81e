# zip (uneven and strict), map with several iterables, filter with None.
names = ["ann", "bob", "cyd"]
ages = [31, 25]
print(list(zip(names, ages)), list(zip(names)), list(zip()), list(zip("ab", range(3), [True, False])))
print(dict(zip(names, ages)), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1], [2], strict=True)))
print(list(map(str.upper, names)), list(map(len, names)), list(map(pow, [2, 3], [5, 2])))
print(list(map(lambda a, b: a + b, "abc", "xy")), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(filter(lambda n: n % 3 == 0, range(10))))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
z = zip("ab", "cd")
print(type(z).__name__, next(z), list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], list(map(sum, zip(*matrix))), list(map(max, matrix)))
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError:", e)
