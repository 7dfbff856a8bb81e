# Generator methods send(), throw() and close().
def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("  caught inside generator:", e)
            total = 0
            continue
        if value is not None:
            total += value


acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10), acc.send(None))
print(acc.throw(ValueError("reset")))
print(acc.send(7))
try:
    acc.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated out:", repr(e))
try:
    acc.send(1)
except StopIteration:
    print("generator is finished after an unhandled throw")
fresh = accumulator()
try:
    fresh.send(3)
except TypeError as e:
    print("TypeError:", e)


def closeable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  cleanup")


c = closeable()
print(next(c))
c.close()
c.close()
print("closed twice safely; next ->", next(c, "exhausted"))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
unstarted = closeable()
unstarted.close()
print("closing an unstarted generator runs nothing")
g = accumulator()
try:
    g.throw(IndexError("before start"))
except IndexError as e:
    print("throw into unstarted:", e)
