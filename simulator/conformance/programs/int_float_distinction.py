# 1 and 1.0 print differently but are equal, hash equally and collide as dict keys.
print(1, 1.0, 1 == 1.0, str(1) == str(1.0), repr(1.0))
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False), hash(True))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(len({1, 1.0, True}), {1, 1.0, True}, {1.0, 1})
print({0: "a", False: "b", 0.0: "c"})
print(True + True, True * 10, False - 1, sum([True, True, False]), -True)
print(isinstance(True, int), isinstance(1, bool), type(True).__name__, int(True), float(False))
print(str(True), repr(False), True == 1, True == 2, False == 0)
print(3 / 1, 3 // 1, 3.0 // 1, 6 / 3, type(6 / 3).__name__)
print(int(7.9), int(-7.9), float(7), 10 / 4, 10 // 4)
print(2 ** 53 + 1, float(2 ** 53 + 1), int(float(2 ** 53 + 1)), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(0.5 == 1 / 2, 1e3 == 1000, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
print([1, 2.0, True], (1.5).is_integer(), (2.0).is_integer())
print(["a", "b", "c"][True], "xyz"[False])
print(max(1, 1.0), max(1.0, 1), min(True, 1), sorted([2, 1.0, True, 0.5]))
