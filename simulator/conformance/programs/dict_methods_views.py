# keys/values/items views, fromkeys, copy, merge operators, comprehensions, reversed.
inventory = {"apple": 3, "pear": 0, "fig": 7}
keys, values, items = inventory.keys(), inventory.values(), inventory.items()
print(keys, values, items)
inventory["kiwi"] = 2
print(list(keys), list(values), len(items), ("fig", 7) in items, "kiwi" in keys, 7 in values)
print(keys & {"fig", "plum"}, sorted(keys | {"plum"}), sorted(keys - {"pear"}), keys == {"apple", "pear", "fig", "kiwi"})
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), {}.fromkeys(range(2), "v"))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
copy = inventory.copy()
copy["apple"] = 99
print(inventory["apple"], copy["apple"])
defaults = {"color": "red", "size": "M", "qty": 1}
overrides = {"size": "L", "gift": True}
print(defaults | overrides, overrides | defaults, {**defaults, **overrides} == defaults | overrides)
merged = dict(defaults)
merged |= overrides
print(merged)
print({k: v for k, v in inventory.items() if v}, {v: k for k, v in inventory.items()})
print({n: n * n for n in range(5)}, {c: ord(c) for c in "hey"})
print(list(reversed(inventory)), list(reversed(inventory.items()))[0], next(iter(inventory.values())))
print(sorted(inventory, key=inventory.get), max(inventory, key=inventory.get), sum(inventory.values()))
copy.clear()
print(copy, bool(copy), dict(sorted(inventory.items())))
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}) == list({2: "b", 1: "a"}))
try:
    {"a": 1} + {"b": 2}
except TypeError as e:
    print("TypeError:", e)
