# Keys of different kinds that hash alike are told apart (or matched) by __eq__, as CPython's dict does.
class Same:
    """Hashes like 1 and equals everything, noisily."""

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 1

    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other!r})")
        return True

    def __repr__(self):
        return self.name


class Never:
    """Hashes like 1 but equals nothing."""

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return False

    def __repr__(self):
        return "Never()"


print("int key, custom lookup")
d = {1: "one"}
print(d[Same("a")])
print(Same("b") in d, Never() in d)
d[Same("c")] = "uno"
print(d)
print(d.get(Same("d")), d.get(Never(), "missing"))
del d[Same("e")]
print(d)

print("custom key, int lookup")
d = {Same("k"): "custom"}
print(d[1], 1 in d, 2 in d)
d[1] = "replaced"
print(d)
d[True] = "bool"
print(d)

print("hash(-1) is -2")
class MinusTwo:
    def __hash__(self):
        return -2

    def __eq__(self, other):
        return other == -1

print({-1: "minus one"}[MinusTwo()])

print("no match keeps both")
d = {1: "int"}
d[Never()] = "never"
print(len(d), d[1])
try:
    d[Same("x")]
except KeyError as e:
    print("KeyError", e)
else:
    print("found by Same")
