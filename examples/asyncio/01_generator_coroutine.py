# python 3.4
import asyncio
import random
import types

@types.coroutine  # ten dekorator oznacza zę bedzie to korutyna, która ma być wywoływana
def coro(a):        # w pętli
    for i in range(10):
        print('coro-{}: {}'.format(a, i))
        yield       # yield oznacza przerwanie wywołania - w przyszłości pozwoli to
                    # na działanie innym korutynom

            
print(coro)  # pokazuje, że to jest funkcja
print(coro(1))  # pokazuje, zę to jest generator

c = coro(1)  # działa jak zwykły generator
next(c)
next(c)
