# Calling the built-in types as constructors and converters.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), complex())
print(int("7"), int(7.9), int(True), float("2.5"), float(3), str(42), str(3.0), str([1, "a"]), str(None))
print(bool(0), bool("False"), bool([]), list("ab"), list((1, 2)), list({1: "x"}), list(range(3)))
print(tuple([1, 2]), tuple("hi"), dict(a=1), dict([("k", 1)]), dict(zip("ab", [1, 2])), dict({"x": 1}, y=2))
print(set([3, 3, 1]), set("aab") == {"a", "b"}, frozenset([1, 1]), bytes([65, 66]), bytes("é", "utf-8"), bytearray(2))
print(type(5)("12"), type("")(5), type([])("ab"), type(3.0)("1e2"))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), repr(str()), int("  12  "), float("nan") != float("nan"))
print(list(map(int, "1 2 3".split())), tuple(map(float, ["1", "2.5"])), dict.fromkeys("ab", 0))
print(object.__name__, type(object()).__name__, str(type), range(3), slice(1, 2), type(None)())
for bad in (lambda: int("1.5"), lambda: float("abc"), lambda: list(5), lambda: dict([1, 2]), lambda: tuple(None)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
