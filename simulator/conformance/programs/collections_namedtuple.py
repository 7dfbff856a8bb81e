# namedtuple: construction, repr, _replace, _asdict, _fields, defaults, unpacking.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), isinstance(p, tuple), len(p))
x, y = p
print(x, y, p._replace(x=10), p, p._asdict(), Point._fields)
Person = namedtuple("Person", "name age city", defaults=["unknown"])
ann = Person("Ann", 31)
print(ann, Person._field_defaults, Person(name="Bob", age=5, city="Rome"))
print(Person._make(["Cyd", 40, "Oslo"]), repr(ann), str(ann))
people = [Person("Dee", 25, "Paris"), ann, Person("Eve", 31, "Lima")]
print(sorted(people, key=lambda p: (p.age, p.name)))
print([p.name for p in people if p.age > 30], max(people, key=lambda p: p.age).name)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print("ValueError:", e)
Renamed = namedtuple("Renamed", ["a", "a", "def"], rename=True)
print(Renamed._fields, Renamed(1, 2, 3))
Point3 = namedtuple("Point3", Point._fields + ("z",))
print(Point3(*p, 5), type(p).__name__, Point.__name__, Point3.__mro__[1].__name__)
print(p + (5,), p * 2, {p: "hashable"}[Point(3, 4)], sum(p))
