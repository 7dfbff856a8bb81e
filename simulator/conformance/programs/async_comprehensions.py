# Async comprehensions and await inside comprehensions, within coroutines.
async def square(x):
    return x * x


async def aiter_range(n):
    for i in range(n):
        yield i


async def main():
    squares = [await square(i) for i in range(5)]
    from_agen = [i async for i in aiter_range(5)]
    filtered = {i: await square(i) async for i in aiter_range(6) if i % 2 == 0}
    as_set = {await square(i % 3) for i in range(6)}
    nested = [[await square(j) for j in range(i)] async for i in aiter_range(4)]
    gen = (await square(i) for i in range(3))
    collected = [v async for v in gen]
    return squares, from_agen, filtered, as_set, nested, collected


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


for part in run(main()):
    print(part)


async def total(n):
    return sum([await square(i) async for i in aiter_range(n)])


print([run(total(n)) for n in range(5)])
