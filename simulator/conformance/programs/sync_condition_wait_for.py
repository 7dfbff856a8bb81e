# Condition.wait and wait_for: return values, timeouts in virtual time, the predicate's value returned, and the
# errors of waiting or notifying without holding the lock.
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


cond = threading.Condition()
for call in (cond.wait, cond.notify, cond.notify_all, lambda: cond.wait_for(lambda: True)):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)

with cond:
    t0 = time.monotonic()
    print("wait(0.1):", cond.wait(0.1), since(t0))
    print("wait(0):", cond.wait(0))
    print("wait_for true at once:", cond.wait_for(lambda: "ready"))
    t0 = time.monotonic()
    print("wait_for timeout:", cond.wait_for(lambda: [], timeout=0.2), since(t0))
    calls = []
    print("wait_for timeout=0:", cond.wait_for(lambda: calls.append(1), 0), "predicate calls:", len(calls))

items = []


def producer():
    for i in range(5):
        time.sleep(0.1)
        with cond:
            items.append(i)
            cond.notify()


checks = []


def enough():
    checks.append(len(items))
    return len(items) >= 3 and len(items)


p = threading.Thread(target=producer)
t0 = time.monotonic()
p.start()
with cond:
    got = cond.wait_for(enough)
    print("wait_for returned", got, "after about", since(t0), "checks", checks)
p.join()
print("items:", items)

lock = threading.Lock()
plain = threading.Condition(lock)
with plain:
    print("with a Lock, locked:", lock.locked(), plain.wait(0.05), lock.locked())
print("released after with:", lock.locked())
print("enter/exit:", plain.__enter__(), plain.__exit__(None, None, None), lock.locked())

rlock = threading.RLock()
deep = threading.Condition(rlock)
done = threading.Event()


def check_free():
    print("other thread can take the rlock while main waits:", rlock.acquire(timeout=1))
    rlock.release()
    done.set()


with deep:
    with deep:
        threading.Thread(target=check_free).start()
        print("nested wait:", deep.wait(0.2), "still owned twice:", rlock._is_owned())
    deep.release()
    try:
        deep.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    deep.acquire()
print("done:", done.is_set())
