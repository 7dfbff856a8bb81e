# Producer and consumer through a queue; task_done and join; Empty and Full.
import queue
import threading
import time

q = queue.Queue(maxsize=2)


def producer():
    for i in range(5):
        q.put(i)
        print("put", i)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.01)
        print("got", item)
        q.task_done()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
q.join()
p.join()
c.join()
print("empty", q.empty(), q.qsize(), q.full())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty raised")
small = queue.Queue(1)
small.put("x")
try:
    small.put("y", timeout=0.05)
except queue.Full:
    print("Full raised")
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for v in [3, 1, 2]:
    lifo.put(v)
    prio.put((v, str(v)))
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])
