# Comparisons between ints, floats, bools and big ints; ordering of numbers.
print(1 < 2.5, 2 == 2.0, 3 > True, -1 < False, 0.1 + 0.2 > 0.3)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan)
values = [3, -1.5, 2 ** 70, 0, True, -(2 ** 70), 2.5, 1e30]
print(sorted(values))
print(max(values), min(values))
print(sorted(values, reverse=True)[:3])
print([x for x in values if 0 < x < 3])
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0)
print((1, 2) < (1, 2.5), (1, 2) == (1.0, 2.0), [1, 2] < [1, 2, 0])
