# Producer–consumer: a producer puts items into a buffer of two places, a consumer takes them out.
# queue.Queue does the synchronisation: put() waits while the buffer is full, get() waits while it is empty.
# The consumer is slower, so after the first two items the producer can only go on when a place is freed.
import queue
import threading
import time

buffer = queue.Queue(maxsize=2)


def producer():
    for item in range(1, 6):
        buffer.put(item)  # waits while the buffer is full
        print(f"produced {item}")
    buffer.put(None)  # tells the consumer there is nothing more


def consumer():
    while True:
        item = buffer.get()  # waits while the buffer is empty
        if item is None:
            break
        time.sleep(0.1)  # consuming takes longer than producing
        print(f"consumed {item}")


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("done")
