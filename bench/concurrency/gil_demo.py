# The GIL demo: a CPU-bound countdown in two threads takes as long as both countdowns one after the other.
import threading
import time

N = 3_000_000


def countdown(n):
    while n > 0:
        n -= 1


start = time.perf_counter()
threads = [threading.Thread(target=countdown, args=(N,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"two threads: {time.perf_counter() - start:.2f} s")
