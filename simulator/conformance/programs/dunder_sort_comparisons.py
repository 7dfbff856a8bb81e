# list.sort and sorted make exactly CPython's comparisons (binary insertion, runs, galloping merges).
class Key:
    calls = 0

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        Key.calls += 1
        return self.value < other.value

    def __repr__(self):
        return f"K{self.value}"


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed


def checksum(items):
    total = 0
    for i, item in enumerate(items):
        total = (total * 31 + item.value * (i + 1)) % 1000003
    return total


gen = lcg(7)
for size in [0, 1, 2, 5, 33, 64, 65, 130, 300]:
    for kind in ["random", "sorted", "reversed", "runs", "few values"]:
        if kind == "random":
            values = [next(gen) % 1000 for _ in range(size)]
        elif kind == "sorted":
            values = list(range(size))
        elif kind == "reversed":
            values = list(range(size, 0, -1))
        elif kind == "runs":
            values = [(i * 7) % 50 + (i // 50) * 3 for i in range(size)]
        else:
            values = [next(gen) % 3 for _ in range(size)]
        items = [Key(v) for v in values]
        Key.calls = 0
        result = sorted(items, reverse=(size % 2 == 1))
        forward = Key.calls
        Key.calls = 0
        items.sort(key=lambda k: k)
        print(size, kind, forward, Key.calls, checksum(result), checksum(items))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v} < {other.v}?")
        return self.v < other.v

    def __repr__(self):
        return f"L{self.v}"


print(sorted([Loud(3), Loud(1), Loud(2), Loud(5), Loud(4)]))
mixed = [3, 1, "two", 0]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e)
print(mixed)
