# Condition wait/notify and a semaphore limiting how many threads work at once.
import threading
import time

items = []
cond = threading.Condition()


def consumer(n):
    with cond:
        while not items:
            cond.wait()
        print("consumer", n, "took", items.pop(0))


cs = [threading.Thread(target=consumer, args=(i,)) for i in range(2)]
for c in cs:
    c.start()
time.sleep(0.05)
for v in ("a", "b"):
    with cond:
        items.append(v)
        cond.notify()
    time.sleep(0.05)
for c in cs:
    c.join()
with cond:
    print("wait with timeout:", cond.wait(0.01))
    print("wait_for:", cond.wait_for(lambda: 42, timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.Semaphore(2)
active = 0
peak = 0
guard = threading.Lock()


def limited(n):
    global active, peak
    with sem:
        with guard:
            active += 1
            peak = max(peak, active)
        time.sleep(0.05)
        with guard:
            active -= 1


ls = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print("peak", peak, "value", sem._value)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
