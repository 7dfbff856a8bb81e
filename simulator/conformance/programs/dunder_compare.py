# Rich comparisons: __eq__/__lt__/..., reflection, sorting custom objects.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        print(f"  {self!r} < {other!r}?")
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts


a, b = Version("1.2.10"), Version("1.10")
print(a == b, a != b, a == Version("1.2.10"), a == "1.2.10")
print(a < b)
print(b > a)
print(a <= b, b >= a)
try:
    print(a > "x")
except TypeError as e:
    print("TypeError:", e)
versions = [Version(t) for t in ["2.0", "1.0.1", "1.10", "1.2"]]
print(sorted(versions))
print(max(versions, key=lambda v: v.parts), min(versions, key=lambda v: v.parts))


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  {self.name}.__eq__({getattr(other, 'name', other)})")
        return NotImplemented


x, y = Loud("x"), Loud("y")
print(x == y)
print(x != y)
print(x == x, x in [y], x in [x])


class Reverse(Version):
    def __gt__(self, other):
        print("  subclass __gt__ tried first")
        return self.parts > other.parts


print(Version("1.0") < Reverse("2.0"))
