# asynchroniczny dekorator
async def gen():
    for i in range(10):
        print('gen')
        yield i


async def aiter(g):
    return {i: i**2 async for i in g}
    return {i async for i in g}
    return [i async for i in g]
    return (i async for i in g)  # asynchroniczny generator - można użyc tylko z async for


def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


val = run(aiter(gen()))
print(val)
