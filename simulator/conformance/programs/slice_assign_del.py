# Assigning to and deleting slices of lists (including extended slices).
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = "ABCDE"
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
del a[:1]
print(a)
b = [1, 2, 3]
b[1:2] = range(5)
print(b)
b[:] = "xyz"
print(b)
c = [0] * 6
c[1::2] = [1, 1, 1]
print(c)
try:
    c[::2] = [9, 9]
except ValueError as e:
    print("ValueError:", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
d = list(range(8))
del d[5:2:-1]
print(d)
alias = d
d[:] = []
print(alias, alias is d)
t = (1, 2, 3)
try:
    t[0:1] = [9]
except TypeError as e:
    print("TypeError:", e)
try:
    del "abc"[0]
except TypeError as e:
    print("TypeError:", e)
