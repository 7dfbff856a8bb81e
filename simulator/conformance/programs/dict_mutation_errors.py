# Mutating a dict while iterating, unhashable keys, and KeyError reprs.
d = {"a": 1, "b": 2, "c": 3}
try:
    for key in d:
        if key == "a":
            d["z"] = 26
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for key in list(d):
    if d[key] % 2:
        del d[key]
print(d)
s = {1, 2, 3}
try:
    for item in s:
        s.add(item * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
keys_to_try = ["missing", 42, (1, "t"), None, 2.5, "", ("only",)]
for key in keys_to_try:
    try:
        {}[key]
    except KeyError as e:
        print("KeyError", str(e), repr(e), e.args)
for bad in [[1], {"x": 1}, {1}]:
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
try:
    pair = {1, 2}
    pair[0]
except TypeError as e:
    print("TypeError:", e)
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
values = {"x": 1}
try:
    values["y"] += 1
except KeyError as e:
    print("KeyError on +=:", e)
print(values)
