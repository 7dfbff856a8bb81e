# hash() of ints, strings, tuples and floats: deterministic under PYTHONHASHSEED=0.
for value in (0, 1, -1, -2, 42, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 61), 10 ** 30, True, False):
    print(repr(value), hash(value))
for value in (0.0, 1.0, 1.5, -0.5, 0.1, 1e100, float("inf"), float("-inf"), 2.0 ** 61):
    print(repr(value), hash(value))
for value in ("", "a", "b", "hello", "Hello", "hello world", "é", "日本", "🐍"):
    print(repr(value), hash(value))
for value in ((), (1,), (1, 2), (2, 1), ("a", 1), ((1, 2), (3,)), ("x", ("y", 2.5)), (True, 1.0)):
    print(repr(value), hash(value))
print(hash(b"hello") == hash("hello"), hash(b"bytes"), hash(frozenset()), hash(frozenset({1, 2, 3})))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(range(3)) == hash(range(0, 3)), hash(3 + 0j) == hash(3))
for bad in ([1], {"a": 1}, {1}, ([1], 2)):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
