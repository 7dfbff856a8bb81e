# sorted and reversed over different iterables.
print(sorted([3, 1, 2]), sorted("cba"), sorted((2.5, -1, 0)), sorted({"b": 1, "a": 2}), sorted({3, 1}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted(["b", "A", "c"], key=str.casefold))
print(sorted([], reverse=True), sorted(range(5), key=lambda n: (n % 2, -n)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1, "y": 2}.items())))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
original = [5, 3, 8]
result = sorted(original)
print(original, result, result is original)
print("".join(reversed("stressed")), "".join(sorted("listen")) == "".join(sorted("silent")))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print("TypeError:", e)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]


print(list(reversed(Seq())), sorted(Seq(), reverse=True))
