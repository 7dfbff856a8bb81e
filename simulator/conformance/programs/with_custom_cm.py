# with statements: enter/exit order, several items, exceptions and suppression.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name} exc={kind} msg={exc} tb_is_set={tb is not None}")
        return self.suppress


with Resource("a") as value:
    print("body sees", value)
with Resource("outer") as a, Resource("inner") as b:
    print("body sees", a, b)
with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed block")
try:
    with Resource("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
try:
    with Resource("x", suppress=True), Resource("y"):
        1 / 0
except ZeroDivisionError:
    print("not reached: outer manager suppressed it")
print("after nested suppression")


def early_return():
    with Resource("ret"):
        return "returned value"


print(early_return())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
