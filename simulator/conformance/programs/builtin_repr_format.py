# repr(), ascii(), format() and str() on assorted values.
values = [42, -3.5, 1e-7, "text", "it's", "new\nline", b"b\x00", [1, "a"], (1,), {"k": None}, {1, 2}, None, True, 1j, range(2)]
for v in values:
    print(f"{type(v).__name__:<6} repr={repr(v)!s:<14} str={str(v)!s:<14} ascii={ascii(v)}")
print(format(3.14159, ".3f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(0.5, "%"))
print(format(255, "#x"), format(True), format(None), format([1, 2]), format(2 ** 70, "e"), format(-7, "+"))
print(repr(repr("x")), len.__name__, ascii("naïve ☃"), repr("\\"), repr("'\""))
print(format(12, ""), format(12.0, ""), format("s", ""), "%r" % "q", "{!r:>6}".format("q"))
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    format([1], "d")
except TypeError as e:
    print("TypeError:", e)
