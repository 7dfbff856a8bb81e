# slice objects: construction, indices(), repr, and custom __getitem__ receiving them.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(6), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
data = list("abcdefghijkl")
print(data[s], data[slice(-3, None)], data[slice(None, None, -4)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, 0], r["k"])


class Ring:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            return [self.items[i] for i in range(start, stop, step)]
        return self.items[key % len(self)]


ring = Ring("wxyz")
print(ring[0], ring[5], ring[-6], ring[1:3], ring[::-1], ring[::2])
FIRST_TWO = slice(0, 2)
records = ["ab12", "cd34", "ef56"]
print([rec[FIRST_TWO] for rec in records], [rec[slice(2, None)] for rec in records])
