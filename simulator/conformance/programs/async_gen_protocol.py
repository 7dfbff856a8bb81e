# Async generator awaitables driven by hand: asend, athrow, aclose, their states and errors.
async def ticker():
    try:
        yield 1
        received = yield 2
        print("  received", received)
        yield 3
    finally:
        print("  ticker cleanup")


def step(awaitable, value=None):
    try:
        return ("yielded", awaitable.send(value))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("exhausted",)


agen = ticker()
print(type(agen).__name__, agen.__name__, agen.ag_running, agen.ag_await)
first = agen.__anext__()
print(type(first).__name__, step(first))
try:
    first.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(step(agen.asend(None)))
print(step(agen.asend("hello")))
try:
    step(agen.athrow(ValueError("into the generator")))
except ValueError as e:
    print("propagated:", e)
print(step(agen.__anext__()), step(agen.aclose()))
fresh = ticker()
print(step(fresh.aclose()), step(fresh.__anext__()))
started = ticker()
step(started.__anext__())
closing = started.aclose()
print(step(closing))
try:
    closing.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ticker().asend("early").send(None)
except TypeError as e:
    print("TypeError:", e)
thrower = ticker().athrow(KeyError, "k")
try:
    thrower.send(None)
except KeyError as e:
    print("KeyError:", e)


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses"


s = stubborn()
step(s.__anext__())
try:
    step(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)
for call in [lambda: ticker().asend(), lambda: ticker().aclose(1), lambda: ticker().athrow()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


async def raises_stop():
    yield 1
    raise StopAsyncIteration


r = raises_stop()
step(r.__anext__())
try:
    step(r.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


async def consume():
    out = []
    async for x in ticker():
        out.append(x)
        if x == 2:
            break
    return out


print(step(consume()))
