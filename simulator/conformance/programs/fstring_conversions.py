# !r, !s, !a conversions and the self-documenting = form.
name = "Ann"
score = 93.5
items = ["a", 'b"c']
print(f"{name!r} {name!s} {name!a} {'café'!a} {items!r} {items}")
print(f"{name=} {score=} {items=}")
print(f"{name = }, {score = :.1f}, {len(items) = }, {score * 2 = }")
print(f"{name=!s} {score=!r:>8}")
print(f"{3 + 4} {name.upper()} {items[1]} {'yes' if score > 90 else 'no'} {[i * 2 for i in range(3)]}")
print(f"{{literal braces}} {{{name}}} {'{'}")
d = {"key": "value", "n": 3}
print(f"{d['key']} {d['n'] ** 2} {d}")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.2f}"
        return str(self)


p = Point(3, 4)
print(f"{p} {p!r} {p!s} {p:polar} {p=} {[p]}")
print("{0} {0!r} {0:polar}".format(p), format(p, "polar"), str(p), repr(p))
