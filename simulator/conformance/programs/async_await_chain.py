# Custom awaitables via __await__ that suspend: each suspension surfaces from send().
class Pause:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield f"pause:{self.label}"
        return f"{self.label} resumed with {reply!r}"


async def worker():
    first = await Pause("a")
    print("  worker got:", first)
    second = await Pause("b")
    print("  worker got:", second)
    return "worker done"


async def parent():
    result = await worker()
    return result.upper()


coro = parent()
print("yielded:", coro.send(None))
print("yielded:", coro.send(1))
try:
    coro.send("two")
except StopIteration as e:
    print("finished with:", e.value)


async def cancellable():
    try:
        await Pause("long")
    except KeyError as e:
        print("  cancelled by throw:", repr(e))
        return "cleaned up"


c = cancellable()
print(c.send(None))
try:
    c.throw(KeyError("cancel"))
except StopIteration as e:
    print("result after throw:", e.value)


class NotAwaitable:
    pass


async def bad_await():
    await NotAwaitable()


try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)
