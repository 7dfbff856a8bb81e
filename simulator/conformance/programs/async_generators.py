# Async generators: async for, asend, athrow, aclose, all driven manually.
async def ticks(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print("  generator received", received)
    finally:
        print("  async generator cleanup")


async def consume():
    items = []
    async for t in ticks(3):
        items.append(t * 10)
    return items


def run(awaitable):
    coro = awaitable.__await__() if not hasattr(awaitable, "send") else awaitable
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"


print(run(consume()))
agen = ticks(5)
print(type(agen).__name__, agen.__name__)
print(run(agen.__anext__()))
print(run(agen.asend("hello")))
try:
    run(agen.athrow(ValueError("thrown in")))
except ValueError as e:
    print("athrow propagated:", e)
print(run(agen.__anext__()))
agen2 = ticks(2)
print(run(agen2.__anext__()))
print(run(agen2.aclose()))
print(run(agen2.__anext__()))


async def countdown(n):
    while n:
        yield n
        n -= 1


async def collect():
    return [x async for x in countdown(4)], [x async for x in countdown(6) if x % 2]


print(run(collect()))
