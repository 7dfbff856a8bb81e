# A bounded Queue: qsize, full and empty; put_nowait/get_nowait raising queue.Full/queue.Empty; put and get
# timeouts raising after the timeout; a blocked put released by a consumer.
import queue
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


q = queue.Queue(maxsize=2)
print("maxsize:", q.maxsize, "qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())
q.put("a")
q.put_nowait("b")
print("qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())
try:
    q.put_nowait("c")
except queue.Full as e:
    print("put_nowait:", type(e).__name__, repr(e), type(e).__module__)
try:
    q.put("c", block=False)
except queue.Full:
    print("put(block=False) raises Full")
t0 = time.monotonic()
try:
    q.put("c", timeout=0.2)
except queue.Full:
    print("put(timeout=0.2) raises Full after", since(t0))
try:
    q.put("c", timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print("get:", q.get(), q.get_nowait(), "empty:", q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait:", type(e).__name__, repr(e), type(e).__module__)
t0 = time.monotonic()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("get(timeout=0.1) raises Empty after", since(t0))
try:
    q.get(True, -0.5)
except ValueError as e:
    print("ValueError:", e)
print("unbounded accepts a negative timeout:", queue.Queue().put(1, timeout=-1))


taken = []


def consumer(delay):
    time.sleep(delay)
    taken.append(q.get())


q.put(1)
q.put(2)
c = threading.Thread(target=consumer, args=(0.2,))
t0 = time.monotonic()
c.start()
q.put(3)
waited = since(t0)
c.join()
print("blocked put went through after", waited, "queue:", list(q.queue), "consumer took", taken)


def producer(delay, item):
    time.sleep(delay)
    q.put(item)


for _ in range(2):
    q.get()
p = threading.Thread(target=producer, args=(0.1, "late"))
t0 = time.monotonic()
p.start()
print("timed get got", q.get(timeout=1), "after", since(t0))
p.join()
print(issubclass(queue.Full, Exception), queue.Empty.__name__, queue.Full.__module__)
