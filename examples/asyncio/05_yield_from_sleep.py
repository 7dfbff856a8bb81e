import asyncio
import random
import types
import time

@types.coroutine
def coro(a): 
    for i in range(10):
        print('coro-{}: {}'.format(a, i))
        st = random.random() / 2
        yield from asyncio.sleep(st)


loop = asyncio.get_event_loop()
task = asyncio.wait([loop.create_task(coro(1)), loop.create_task(coro(2)), loop.create_task(coro(3))])  

loop.run_until_complete(task)
