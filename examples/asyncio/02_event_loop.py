# python 3.4
import asyncio
import random
import types

@types.coroutine  # ten dekorator oznacza zę bedzie to korutyna, która ma być wywoływana
def coro(a):        # w pętli
    for i in range(10):
        print('coro-{}: {}'.format(a, i))
        yield


# korutyny można odpalać w pętli eventów        
loop = asyncio.get_event_loop()  # pobieramy pętle eventów z systemu
loop.run_until_complete(coro(1))  # uruchomienie 1 korutyny

# generatory też - chyba, że cos yieldują
def gen():
    for i in range(10):
        print(i)
        yield

loop.run_until_complete(gen())
def gen():
    for i in range(10):
        yield i

loop.run_until_complete(gen())  # RuntimeError - koturyny nie mogą yieldować wartości - 
                                # yield korutynom słuzy do innej rzeczy
