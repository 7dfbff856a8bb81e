# __eq__ and __hash__: custom objects as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


visited = {Point(0, 0), Point(1, 2), Point(0, 0)}
print(len(visited), Point(1, 2) in visited, Point(2, 1) in visited)
labels = {Point(0, 0): "origin"}
labels[Point(0, 0)] = "still origin"
print(labels, labels[Point(0, 0)])
print(hash(Point(1, 2)) == hash((1, 2)), hash(Point(1, 2)) == hash(Point(1, 2)))


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(EqOnly.__hash__ is None, EqOnly(1) == EqOnly(1))
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p in {p}, len({p, p}), {p: 1}[p])


class CaseInsensitive:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        return self.s.lower() == other.s.lower()

    def __hash__(self):
        return hash(self.s.lower())

    def __repr__(self):
        return self.s


words = [CaseInsensitive(w) for w in ["Apple", "APPLE", "pear", "Pear", "fig"]]
unique = []
seen = set()
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, len(seen))
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")))
