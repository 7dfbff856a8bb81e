# del on names, list items, slices, dict keys and attributes.
x = 10
y = [1, 2, 3, 4, 5]
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
del y[0]
del y[-1]
print(y)
del y[:]
print(y)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class Thing:
    kind = "class attr"


t = Thing()
t.kind = "instance attr"
print(t.kind)
del t.kind
print(t.kind)
try:
    del t.kind
except AttributeError as e:
    print("AttributeError:", e)
a, b, c = 1, 2, 3
del a, c
print(b, "a" in dir(), "b" in dir())
grid = [[1, 2], [3, 4]]
del grid[0][1], grid[1]
print(grid)


def uses_deleted():
    local = 1
    del local
    return local


try:
    uses_deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
