# throw() and close() reach the iterator a generator delegates to with yield from, as in CPython 3.11.
def inner():
    try:
        while True:
            try:
                received = yield "inner"
                print("  inner received", received)
            except ValueError as e:
                print("  inner caught", e)
                yield "inner recovered"
    finally:
        print("  inner finally")


def outer():
    try:
        result = yield from inner()
        print("  outer result", result)
    except KeyError as e:
        print("  outer caught", repr(e))
        yield "outer recovered"
    finally:
        print("  outer finally")


g = outer()
print(next(g), g.gi_yieldfrom.__name__)
print(g.send("hello"))
print(g.throw(ValueError("v")))
print(next(g))
print(g.throw(KeyError("k")))
print(g.gi_yieldfrom)
g.close()
print(g.gi_frame, g.gi_running, g.gi_suspended)


def catches():
    try:
        yield 1
    except RuntimeError:
        return "returned after catching"


def outer_return():
    value = yield from catches()
    print("  delegate returned:", value)
    yield "continued"


g = outer_return()
next(g)
print(g.throw(RuntimeError("r")))


class Thrower:
    def __iter__(self):
        return self

    def __next__(self):
        return "thrower item"

    def throw(self, kind, value=None, tb=None):
        print("  Thrower.throw got", kind.__name__, value)
        raise StopIteration("stopped by throw")

    def close(self):
        print("  Thrower.close")


def via_thrower():
    result = yield from Thrower()
    yield ("resumed with", result)


g = via_thrower()
next(g)
print(g.throw(KeyError, "kk"))
g = via_thrower()
next(g)
g.close()


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 0


def via_plain():
    try:
        yield from NoThrow()
    except IndexError as e:
        print("  raised at the yield from:", e)
        yield "handled"


g = via_plain()
next(g)
print(g.throw(IndexError("i")))


def ignores_exit():
    try:
        yield
    except GeneratorExit:
        print("  ignoring GeneratorExit once")
        yield
    finally:
        print("  ignores_exit finally")


def delegating_ignorer():
    yield from ignores_exit()


g = delegating_ignorer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def simple():
    yield 1


for args in [(5,), (ValueError(1), 2), (ValueError, ValueError("x")), (TypeError, "as value")]:
    try:
        gen = simple()
        next(gen)
        gen.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
gen = simple()
try:
    gen.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted:", e, next(gen, "exhausted"))
try:
    simple().send("x")
except TypeError as e:
    print("TypeError:", e)


def reentrant():
    yield me.send(None)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
