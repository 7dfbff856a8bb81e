# python 3.5+
import asyncio
import random

async def coro(a):
    for i in range(10):
        print('coro-{}: {}'.format(a, i))
        st = random.random() / 2
        await asyncio.sleep(st)


loop = asyncio.get_event_loop()
task = asyncio.wait([loop.create_task(coro(1)), loop.create_task(coro(2)), loop.create_task(coro(3))])
loop.run_until_complete(task)
