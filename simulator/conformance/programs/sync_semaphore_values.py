# Semaphore and BoundedSemaphore: the counter (_value), release(n), non-blocking and timed acquires, and the errors.
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


s = threading.Semaphore(2)
print("value:", s._value)
print("acquires:", s.acquire(), s.acquire(), s.acquire(blocking=False), s._value)
t0 = time.monotonic()
print("timed out:", s.acquire(timeout=0.2), since(t0))
s.release(3)
print("after release(3):", s._value)
s.release()
print("unbounded may exceed its start:", s._value)
for call in (lambda: s.release(0), lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
with s:
    print("inside with:", s._value)
print("after with:", s._value, s.__enter__(), s.__exit__(None, None, None), s._value)

b = threading.BoundedSemaphore(2)
print("bounded:", b._value, b._initial_value)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e, b._value)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("release(3) ValueError:", e, b._value)
b.release(2)
print("back to", b._value)
zero = threading.Semaphore(0)


def giver():
    time.sleep(0.2)
    print("giver releases 2")
    zero.release(2)


g = threading.Thread(target=giver)
t0 = time.monotonic()
g.start()
print("waited for giver:", zero.acquire(timeout=1), since(t0), zero._value)
g.join()
print("second without waiting:", zero.acquire(timeout=0), zero._value)
print(isinstance(b, threading.Semaphore), type(b).__name__)
