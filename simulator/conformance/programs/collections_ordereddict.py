# OrderedDict: order-sensitive equality, move_to_end, popitem(last=...), an LRU cache.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), od == {"a": 1, "b": 2, "c": 3})
print(od == OrderedDict([("a", 1), ("b", 2), ("c", 3)]), od == OrderedDict([("b", 2), ("a", 1), ("c", 3)]))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update(z=26, y=25)
print(od, list(reversed(od)), dict(od))
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError:", e)


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evicted", evicted)


cache = LRU(2)
cache.put("x", 1)
cache.put("y", 2)
cache.get("x")
cache.put("z", 3)
print(list(cache.data.items()), cache.get("y"))
print(OrderedDict.fromkeys("abc", 0), OrderedDict(sorted({"q": 1, "p": 2}.items())))
