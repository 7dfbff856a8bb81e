# Lost update, fixed: the read and the write happen under one lock, so they form a critical section.
# A thread may still be switched out inside it, but no other thread can read the counter until the write is done.
import threading
import time

counter = 0
counter_lock = threading.Lock()


def add_five():
    global counter
    for _ in range(5):
        with counter_lock:
            value = counter  # read
            time.sleep(0.01)  # switched out, but holding the lock
            counter = value + 1  # write back


threads = [threading.Thread(target=add_five) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f"expected 20, got {counter}")
