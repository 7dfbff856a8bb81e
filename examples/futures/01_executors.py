from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from random import randint
from time import sleep


def loop(x):
    for i in range(10):
        print(f'{x}: {i}')
        sleep(randint(1,5)/10)
    return x

pool = ProcessPoolExecutor(max_workers=2)
results = pool.map(loop, [1, 2])

print(list(results))


print(50 * '=')
pool = ThreadPoolExecutor(max_workers=2)
results = pool.map(loop, [1, 2])

print(list(results))
