# Coroutines driven by hand with send(None); the result arrives as StopIteration.value.
async def add(a, b):
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended unexpectedly")


print(run(add(2, 3)))
print(run(compute()))
coro = compute()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(run(coro))
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def fails():
    await add(0, 0)
    raise ValueError("inside coroutine")


try:
    run(fails())
except ValueError as e:
    print("ValueError propagated:", e)


async def nested(depth):
    if depth == 0:
        return "bottom"
    return f"{depth}>" + await nested(depth - 1)


print(run(nested(4)))
c = add(1, 1)
c.close()
print("closed without running")
