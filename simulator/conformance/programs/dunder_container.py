# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Grid:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.cells = {}
        self.fill = fill

    def __len__(self):
        return self.rows * self.cols

    def _check(self, key):
        r, c = key
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"cell {key} outside {self.rows}x{self.cols} grid")

    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, self.fill)

    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()

    def __iter__(self):
        for r in range(self.rows):
            yield [self[r, c] for c in range(self.cols)]


g = Grid(2, 3)
g[0, 1] = 5
g[1, 2] = 7
print(len(g), g[0, 1], g[1, 1], 5 in g, 6 in g, list(g))
del g[0, 1]
print(list(g), 5 in g)
try:
    g[2, 0] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del g[0, 0]
except KeyError as e:
    print("KeyError:", e)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares(), [x for x in Squares() if x % 2])
for i, v in enumerate(Squares()):
    print(i, v, end="; ")
print()


class NoLen:
    pass


for op in (lambda: len(NoLen()), lambda: NoLen()[0], lambda: 1 in NoLen(), lambda: iter(NoLen())):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
