# List operators, aliasing, copying and nested structures.
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
a.append(4)
print(a, b, c, d, a is b, a == c, a is c)
grid_bad = [[0] * 3] * 3
grid_bad[0][0] = 1
print(grid_bad)
grid_good = [[0] * 3 for _ in range(3)]
grid_good[0][0] = 1
print(grid_good)
print([1, 2] + [3], [0] * 4, [[]] * 2, 2 in [1, 2], [2] in [[1], [2]], [] == [], [1, 2] != [2, 1])
print(len([[1, 2], [3]]), list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), list())
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], nested[-1][-1])
shallow = nested.copy()
shallow[1][0] = "changed"
print(nested, shallow is nested, shallow[1] is nested[1])
print([1, 2, 3] < [1, 3], [1, 2] < [1, 2, 3], max([[1, 5], [2, 0], [1, 9]]))
mixed = [1, "two", 3.0, None, [5], (6,), {"seven": 7}]
print([type(x).__name__ for x in mixed])
print(sum([[1], [2, 3], []], []), [x for sub in [[1, 2], [3]] for x in sub])
total = 0
for row in grid_good:
    row.append(sum(row))
    total += row[-1]
print(grid_good, total)
try:
    [1, 2, 3][3]
except IndexError as e:
    print("IndexError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] * [2]
except TypeError as e:
    print("TypeError:", e)
