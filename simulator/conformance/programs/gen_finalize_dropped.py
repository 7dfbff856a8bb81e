# Generators suspended inside try/finally or with are closed the moment CPython drops their last reference.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  open", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("  close", self.name, kind.__name__ if kind else None)


def guarded(name, count=5):
    try:
        for i in range(count):
            yield f"{name}{i}"
    finally:
        print("  finally", name)


def managed(name):
    with Resource(name):
        yield 1
        yield 2


print("break out of a for loop")
for item in guarded("loop"):
    if item.endswith("1"):
        break
print("rebinding a variable")
g = guarded("rebound")
next(g)
g = None
print("del")
h = managed("deleted")
next(h)
del h
print("returning from a function")


def take_two():
    it = guarded("local")
    return [next(it), next(it)]


print(take_two())
print("an exception from the loop body")
try:
    for item in managed("body"):
        raise ValueError(item)
except ValueError as e:
    print("caught", e)
print("a traceback keeps the frame's variables until the handler ends")


def fails():
    kept = guarded("kept")
    next(kept)
    raise KeyError("k")


try:
    fails()
except KeyError:
    print("in handler")
print("after handler")
print("temporaries")
print(next(x for x in guarded("genexpr") if x.endswith("2")))
print([a for a, b in zip(guarded("zipped"), range(2))])
print("an object attribute")


class Holder:
    pass


holder = Holder()
holder.source = guarded("attribute")
next(holder.source)
holder.source = "replaced"
print("nested delegation")


def outer():
    try:
        yield from guarded("inner")
    finally:
        print("  finally outer")


o = outer()
next(o)
o = None
print("finished generators are not closed again")
done = guarded("done", 1)
print(list(done))
done = None
print("end of program")
last = managed("at exit")
next(last)
