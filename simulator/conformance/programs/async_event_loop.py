# A tiny round-robin event loop in pure Python: tasks yield control with sleep(ticks).
from collections import deque


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield self.ticks


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = deque()
        self.sleeping = []
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda item: item[0])
                wake, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro))
            name, coro = self.ready.popleft()
            try:
                ticks = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"t={self.now:<3} {name} finished -> {e.value!r}")
                continue
            self.sleeping.append((self.now + ticks, name, coro))
        return self.results


async def ticker(name, interval, count):
    for i in range(count):
        print(f"{name} tick {i}")
        await Sleep(interval)
    return f"{name}:{count} ticks"


async def producer_consumer(queue):
    for item in ("x", "y"):
        queue.append(item)
        await Sleep(2)
    return list(queue)


loop = Loop()
loop.spawn("fast", ticker("fast", 1, 3))
loop.spawn("slow", ticker("slow", 3, 2))
loop.spawn("pc", producer_consumer([]))
print(loop.run())
print("final time", loop.now)
