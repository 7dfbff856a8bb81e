# async for over an object with __aiter__/__anext__, and async with.
class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


class AsyncResource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"  aenter {self.name}")
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print(f"  aexit {self.name} exc={exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


async def main():
    total = 0
    async for value in AsyncRange(4):
        total += value
        print("  got", value)
    else:
        print("  async for else branch")
    async with AsyncResource("db") as handle:
        print("  inside with", handle)
    async with AsyncResource("quiet") as q, AsyncResource("second"):
        raise KeyError("suppressed by the inner manager")
    async with AsyncResource("outer"):
        try:
            async with AsyncResource("failing"):
                raise ValueError("propagates")
        except ValueError as e:
            print("  caught", e)
    return total


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


print("result", run(main()))


async def misuse():
    async for _ in [1, 2]:
        pass


try:
    run(misuse())
except TypeError as e:
    print("TypeError:", e)
