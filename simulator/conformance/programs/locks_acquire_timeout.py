# Lock.acquire without blocking and with timeouts (False after the timeout has passed, in virtual time as in real
# time), the argument errors, locked(), and releasing an unlocked lock.
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


lock = threading.Lock()
print("acquire:", lock.acquire(), "locked:", lock.locked())
print("again, non-blocking:", lock.acquire(False), lock.acquire(blocking=False))
t0 = time.monotonic()
print("timeout=0.2:", lock.acquire(timeout=0.2), "after", since(t0))
t0 = time.monotonic()
print("timeout=0:", lock.acquire(True, 0), "after", since(t0))
lock.release()
print("released, locked:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args, kwargs in (((False, 1), {}), ((), {"timeout": -2}), ((), {"blocking": False, "timeout": 0.5})):
    try:
        lock.acquire(*args, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
for bad in (1e10, 10**10, float("nan"), None, "1"):
    try:
        lock.acquire(timeout=bad)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("still unlocked:", lock.locked())
print("timeout=-1 means forever:", lock.acquire(timeout=-1))
lock.release()


def holder(seconds):
    with lock:
        print("holder has the lock")
        time.sleep(seconds)
    print("holder released")


h = threading.Thread(target=holder, args=(0.35,))
started = time.monotonic()
h.start()
time.sleep(0.05)
t0 = time.monotonic()
print("short wait:", lock.acquire(timeout=0.1), since(t0))
print("long wait until the holder's release:", lock.acquire(timeout=2), since(started))
h.join()
lock.release()

with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
try:
    with lock:
        raise KeyError("inside")
except KeyError:
    print("exception released it:", lock.locked())
print("enter returns:", lock.__enter__(), lock.__exit__(None, None, None), lock.locked())
print("aliases:", lock.acquire_lock(), lock.locked(), lock.release_lock(), lock.locked())
