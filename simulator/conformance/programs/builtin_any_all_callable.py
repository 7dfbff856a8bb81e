# any, all (short-circuiting) and callable.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any(x > 3 for x in [1, 5]), all(isinstance(x, int) for x in [1, True, 2]), all("abc"), any(""))
checked = []


def check(x):
    checked.append(x)
    return x > 2


print(any(check(x) for x in [1, 3, 5, 7]), checked)
checked.clear()
print(all(check(x) for x in [5, 1, 9]), checked)
grid = [[1, 0], [1, 1]]
print(any(all(row) for row in grid), all(any(row) for row in grid), [all(row) for row in grid])


class Thing:
    def __call__(self):
        return "called"


class NotCallable:
    pass


things = [print, len, lambda: 0, Thing, Thing(), NotCallable(), 42, "str", str.upper, "s".upper, None, type]
print([callable(t) for t in things])
passwords = ["abc", "Abc123!", "ABCDEFGH1"]
rules = [str.isalnum, lambda p: len(p) >= 6, lambda p: any(c.isdigit() for c in p)]
for p in passwords:
    print(p, [rule(p) for rule in rules], all(rule(p) for rule in rules[1:]))
