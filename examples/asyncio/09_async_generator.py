# asynchroniczny dekorator

import asyncio

async def gen():  # wewnątrz takiego generatora można używać await
    for i in range(10):
        print('gen')
        yield i
        
print(gen)
g = gen()
print(g)

async def aiter(g):
    x = []
    async for i in g:
        x.append(i)
    return x

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


val = run(aiter(g))
print(val)
