# Lost update: four threads each add 1 to a shared counter five times, with no lock.
# Adding is three steps: read the counter, compute, write it back. A thread switched between its read and
# its write writes back a stale value and wipes out what the others wrote meanwhile.
# The sleep stands for "the thread is switched here", which the GIL may do at any call.
import threading
import time

counter = 0


def add_five():
    global counter
    for _ in range(5):
        value = counter  # read
        time.sleep(0.01)  # switched out between the read and the write
        counter = value + 1  # write back


threads = [threading.Thread(target=add_five) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f"expected 20, got {counter}")
