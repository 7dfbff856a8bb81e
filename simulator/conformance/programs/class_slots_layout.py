# __slots__, the __dict__/__weakref__ attributes a class adds, and the mappingproxy of class namespaces.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.x, type(Point.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"), Point3.__slots__)


class Loose(Point):
    pass


loose = Loose(0, 0)
loose.extra = "ok"
print(loose.__dict__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:

    class Conflict:
        __slots__ = ("a",)
        a = 1

except ValueError as e:
    print("ValueError:", e)
try:

    class BadSlot:
        __slots__ = (1,)

except TypeError as e:
    print("TypeError:", e)


class Single:
    __slots__ = "only"


print(Single.only, [n for n in dir(Single()) if not n.startswith("__")])


class Documented:
    "A docstring."
    x = 1

    def method(self):
        pass


class Bare:
    y = 2


class Sub(Bare):
    pass


class Err(Exception):
    pass


for cls in (Documented, Bare, Sub, Err, Point):
    print(cls.__name__, list(cls.__dict__), cls.__doc__)
print(type(Bare.__dict__).__name__, Bare.__dict__["y"], "y" in Bare.__dict__, len(Sub.__dict__))
print(Bare.__dict__["__dict__"], Bare.__dict__["__weakref__"], vars(Sub))
print(Sub.__dict__.get("missing", "default"), sorted(Bare.__dict__.keys()))
try:
    Bare.__dict__["z"] = 3
except TypeError as e:
    print("TypeError:", e)
b = Bare()
b.attr = 1
print(b.__dict__ is vars(b), b.__getstate__(), Point(5, 6).__getstate__())


def function():
    pass


function.tag = "t"
print(function.__dict__ is function.__dict__, function.__dict__)


class Shape:
    pass


s = Shape()
s.__class__ = Bare
print(type(s).__name__, s.y)
try:
    s.__class__ = Point
except TypeError as e:
    print("TypeError:", e)
try:
    s.__class__ = int
except TypeError as e:
    print("TypeError:", e)
