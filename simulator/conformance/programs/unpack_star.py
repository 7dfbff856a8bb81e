# Star-unpacking in assignments, calls and literals.
a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
x, *empty, y = (1, 2)
print(x, empty, y)
(p, q), [r, s] = "ab", (3, 4)
print(p, q, r, s)
for index, (key, value) in enumerate({"k1": 1, "k2": 2}.items()):
    print(index, key, value)


def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs)


show(*[1, 2], 3, *(4,), **{"a": 1}, b=2, **{"c": 3})
show(*"xy", *range(2))
print([*range(3), *"ab", 9], (*[1, 2],), {*[1, 2], *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="-")
m = n = [0]
m.append(1)
print(m, n, m is n)
def unpack_two(value):
    a, b = value
    return a, b


def unpack_star_ends(value):
    a, *b, c = value
    return a, b, c


for unpack, value in [(unpack_two, [1, 2, 3]), (unpack_two, [1]), (unpack_two, 5), (unpack_star_ends, [1]), (unpack_two, {"x": 1, "y": 2})]:
    try:
        print(unpack.__name__, repr(value), "->", unpack(value))
    except (ValueError, TypeError) as e:
        print(unpack.__name__, repr(value), "->", type(e).__name__ + ":", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
