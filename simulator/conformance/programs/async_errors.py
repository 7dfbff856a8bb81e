# Errors around coroutines: reuse, exceptions through await, and throw() into a coroutine.
class Suspend:
    def __await__(self):
        yield "suspended"


async def step(label):
    await Suspend()
    return label


async def risky(n):
    value = await step(n)
    if value < 0:
        raise ValueError(f"negative step {value}")
    return value * 2


def drive(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return e.value, trace


print(drive(risky(5)))
try:
    drive(risky(-1))
except ValueError as e:
    print("ValueError:", e)
c = risky(3)
print(drive(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def guarded():
    try:
        await Suspend()
    except ZeroDivisionError:
        return "handled throw"
    finally:
        print("  guarded finally")


g = guarded()
print(g.send(None))
try:
    g.throw(ZeroDivisionError("boom"))
except StopIteration as e:
    print("value:", e.value)
g2 = guarded()
g2.send(None)
g2.close()
print("closed suspended coroutine")


async def awaits_twice():
    coro = step("x")
    first = await coro
    try:
        await coro
    except RuntimeError as e:
        return first, str(e)


print(drive(awaits_twice()))
