# RLock: the owner may acquire it again (a count), must release it as often; other threads cannot release it and
# wait until the count drops to zero.
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


rlock = threading.RLock()
print("acquire x3:", rlock.acquire(), rlock.acquire(), rlock.acquire(blocking=False))
print("owned:", rlock._is_owned())


def outsider():
    try:
        rlock.release()
    except RuntimeError as e:
        print("outsider release:", e)
    print("outsider non-blocking:", rlock.acquire(False))
    t0 = time.monotonic()
    print("outsider timeout:", rlock.acquire(timeout=0.1), since(t0))
    print("outsider owns it:", rlock._is_owned())


t = threading.Thread(target=outsider)
t.start()
t.join()
rlock.release()
rlock.release()
print("still held once:", rlock._is_owned())


def waiter():
    with rlock:
        print("waiter got it after", since(t0), "owned:", rlock._is_owned())


w = threading.Thread(target=waiter)
t0 = time.monotonic()
w.start()
time.sleep(0.2)
print("main releases the last level")
rlock.release()
w.join()
try:
    rlock.release()
except RuntimeError as e:
    print("release too many:", e)


def nested(depth):
    with rlock:
        if depth:
            return nested(depth - 1)
        return "bottom reached, owned: %s" % rlock._is_owned()


print(nested(5))
print("free again:", rlock.acquire(blocking=False))
rlock.release()
print("enter/exit:", rlock.__enter__(), rlock.__exit__(None, None, None))
try:
    rlock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print(type(rlock).__name__, type(threading.Lock()).__name__)
