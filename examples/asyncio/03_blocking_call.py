# python 3.4
import asyncio
import random
import time

async def coro(a):  # async def oznacza, że będzie to korutyna, która ma być wywoływana w pętli
    for i in range(10):
        print('coro-{}: {}'.format(a, i))
        st = random.random() / 2
        time.sleep(st)  # zwykłe wywołanie funkcji blokującej sleep


loop = asyncio.get_event_loop()
task = asyncio.wait([loop.create_task(coro(1)), loop.create_task(coro(2)), loop.create_task(coro(3))])  # asyncio.wait wykonuje korutyny z listy
                                                  # i czeka aż wszystkie się zakończą

loop.run_until_complete(task)  # nie ma przeplotu wywołań -
                               # zawsze wykonuje się jedna korutyna na raz
