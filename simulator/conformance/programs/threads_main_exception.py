# An uncaught exception in the main thread is printed at once; the non-daemon threads still run to their end,
# daemon threads are stopped, and the exit status is 1.
import threading
import time


def worker(n):
    time.sleep(0.1 * n)
    print("worker", n, "finishes")


def daemon():
    time.sleep(5)
    print("daemon never finishes")


for n in (1, 2):
    threading.Thread(target=worker, args=(n,)).start()
threading.Thread(target=daemon, daemon=True).start()
print("main fails now")


def check(values):
    return values["key"]


check({})
print("not reached")
