# GIL: CPU-bound vs I/O-bound. The same jobs are run twice: one after the other, then on two threads.
# Counting down is CPU-bound: only the thread holding the GIL runs Python code, so two threads take as long
# as running the jobs one after the other. Sleeping stands for I/O: a thread waiting releases the GIL,
# so the two waits overlap and the threads finish in half the time. (Times vary a little on a real machine.)
import threading
import time


def count_down(n=50_000):
    while n > 0:
        n -= 1


def wait_for_io():
    time.sleep(0.5)


def one_after_the_other(job):
    start = time.perf_counter()
    job()
    job()
    return time.perf_counter() - start


def on_two_threads(job):
    start = time.perf_counter()
    threads = [threading.Thread(target=job) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start


for name, job in [("CPU-bound", count_down), ("I/O-bound", wait_for_io)]:
    ratio = on_two_threads(job) / one_after_the_other(job)
    print(f"{name}: two threads need {ratio:.1f} times as long as one after the other")
