import asyncio
import random

async def coro(a):
    for i in range(10):
        print('coro-{}: {}'.format(a, i))
    return 33

print(coro)  # funkcja 
c = coro(1)
print(c)  # coroutine object

try:
    print('next(c)')
    next(c)  # nie można
except TypeError:
    print('TypeError')
    
    

try:    
    c.send(None)  # odpali subrutynę ale bedzie StopIteration na końcu
                  # nie działa to też jezeli bedą wywoływane inne corutyny - bo wywołujemy
                  # tylko jedną korutynę
except StopIteration as e:
    print('zwrócono:', e.value)
