# Dict creation, insertion order, access, update and removal.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(dict(x=1, y=2), dict([("k", "v"), ("n", 0)]), dict(zip("abc", range(3))), dict({"a": 1}, b=2), dict())
del d["a"]
d["a"] = 100
print(d)
print(d.pop("b"), d.pop("missing", "default"), d)
print(d.setdefault("c", 0), d.setdefault("new", []), d)
d["new"].append("item")
print(d)
print(d.popitem(), d)
d.update({"c": -3, "z": 26})
d.update(w=23)
d.update([("v", 22)])
print(d)
for key in d:
    print(key, "->", d[key])
for key, value in sorted(d.items(), key=lambda kv: kv[1]):
    print(f"{key}={value}", end=" ")
print()
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print({(1, 2): "tuple key", 3.5: "float key", None: "none key", True: "bool key"})
