# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, (-3) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 ** 2 ** 3, 17 % 5 * 2, 17 // 5 % 2)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, ~1 + 1, -~5, not 1 == 2, not 1 + 1)
print(1 < 2 == True, (1 < 2) == True, 3 & 1 == 1, (3 & 1) == 1)
print(True or False and False, (True or False) and False, not True or True)
print("a" + "b" * 3, ("a" + "b") * 3, [1] * 2 + [0], -2 ** 0.5 if False else -(2 ** 0.5))
print(1 if True else 2 + 10, (1 if False else 2) + 10, 5 - -5, +-+1, - - 3)
print(7 // 2 * 2 + 7 % 2, 2 * 3 % 4, 2 * (3 % 4), 3 - 2 ** 2 * 2)
x = 5
print(x in [5] == True, (x in [5]) == True, x is not None and x > 3)
print((lambda: 1 if False else "lambda-body")(), (lambda: 1)() if False else "cond-outside")
print([i * 2 for i in range(3)][-1] ** 2, {"a": [1, 2]}["a"][1:][0])
