# len, range and enumerate in everyday loops.
things = ["x", "yy", "zzz"]
print(len(things), len("hello"), len({}), len({1: 2, 3: 4}), len(range(0, 10, 3)), len(b"ab"), len(set("aab")))
for i, thing in enumerate(things):
    print(i, thing)
for i, thing in enumerate(things, start=1):
    print(f"{i}. {thing}")
print(list(enumerate("ab")), list(enumerate("ab", 10)), dict(enumerate("xyz")))
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
for i in range(len(things) - 1, -1, -1):
    print(things[i], end=" ")
print()
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(1, 101)))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
try:
    len(42)
except TypeError as e:
    print("TypeError:", e)
positions = {ch: i for i, ch in enumerate("hello")}
print(positions)
