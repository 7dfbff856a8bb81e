# Truthiness of built-in values, None, and bool as a subclass of int.
values = [0, 1, -1, 0.0, 0.1, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(), None, range(0), range(1), b"", 0j]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(None is None, None == None, type(None).__name__, repr(None), str(None))
print(bool(), bool(None), not None, None or "default", None and "never")


def no_return():
    pass


def bare_return():
    return


print(no_return(), bare_return(), no_return() is None)
result = print("printing returns")
print(result)
print(True + 1, True / 2, True ** 10, issubclass(bool, int), bool.__mro__[1].__name__)
print([x for x in [3, 0, None, "a", "", [1]] if x])
print(sorted([True, False, True, False]), max(False, True), list(map(bool, [0, 2, None])))
try:
    nothing = None
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
