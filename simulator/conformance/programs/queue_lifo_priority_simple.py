# LifoQueue, PriorityQueue (tuples ordered by priority, then by the next field) and SimpleQueue: their order,
# sizes, and Empty on a timed-out or non-blocking get.
import queue
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


lifo = queue.LifoQueue()
for x in "abcd":
    lifo.put(x)
print("lifo:", lifo.qsize(), [lifo.get() for _ in range(4)], lifo.empty())

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "b-normal"), (2, "a-normal"), (1, "also urgent"), (5, "later")]:
    pq.put(item)
print("priority size:", pq.qsize())
print("priority:", [pq.get_nowait() for _ in range(pq.qsize())])
for n in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    pq.put(n)
print("numbers:", [pq.get() for _ in range(11)])
pq.put((1, {"unorderable": True}))
try:
    pq.put((1, {"other": True}))
except TypeError as e:
    print("TypeError:", e)
print("left:", pq.qsize())

bounded = queue.LifoQueue(maxsize=1)
bounded.put(1)
try:
    bounded.put(2, timeout=0.05)
except queue.Full:
    print("bounded lifo is full:", bounded.full())

sq = queue.SimpleQueue()
print("simple empty:", sq.empty(), sq.qsize())
for i in range(3):
    sq.put(i)
sq.put_nowait(3)
sq.put(4, block=False, timeout=10)
print("simple:", sq.qsize(), [sq.get() for _ in range(3)], sq.get_nowait(), sq.get(False), sq.empty())
for get in (sq.get_nowait, lambda: sq.get(timeout=0.1), lambda: sq.get(block=False)):
    t0 = time.monotonic()
    try:
        get()
    except queue.Empty as e:
        print("Empty", repr(e), "after", since(t0))
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)


def feed():
    for i in range(3):
        time.sleep(0.05)
        sq.put(i * 10)


f = threading.Thread(target=feed)
f.start()
print("fed:", [sq.get(timeout=1) for _ in range(3)])
f.join()
print(type(sq).__name__, hasattr(sq, "task_done"), hasattr(sq, "maxsize"))
