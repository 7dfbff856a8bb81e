# Chained comparisons evaluate each operand once and short-circuit.
def val(tag, v):
    print("eval", tag)
    return v


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 > 0)
print(val("a", 1) < val("b", 2) < val("c", 3))
print(val("a", 5) < val("b", 2) < val("c", 3))
x = 7
print(0 <= x < 10, 0 <= x < 5, x in range(10) in [range(10)], 1 < x != 7)
print("abc" < "abd", "Z" < "a", "apple" < "apples", "" < "a", [1, 2] < [1, 3], (2,) > (1, 9, 9))
print([1, [2, 3]] == [1, [2, 3]], (1, 2) != (1, 2), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 4} > {1}, {1, 4} < {2})
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a != b, not a == b)
print(None is None is not False)
for left, right in [(1, "1"), ([1], (1,)), ("a", None), ({1}, [1])]:
    print(repr(left), "==", repr(right), left == right)
for left, right in [(1, "1"), ([1], (1,)), (None, None), ({}, {})]:
    try:
        print(left < right)
    except TypeError as e:
        print("TypeError:", e)
