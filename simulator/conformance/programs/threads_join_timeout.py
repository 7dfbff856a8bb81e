# is_alive before, during and after a thread's life; join(timeout) returns None after the timeout when the thread
# is still sleeping, and at once when it has ended.
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


def sleeper(seconds):
    time.sleep(seconds)
    print("slept", seconds)


t = threading.Thread(target=sleeper, args=(0.3,))
print("before start:", t.is_alive(), t.ident is None)
started = time.monotonic()
t.start()
print("after start:", t.is_alive())
t0 = time.monotonic()
result = t.join(0.1)
print("join(0.1) returned", result, "alive:", t.is_alive(), "waited about", since(t0))
t.join(timeout=0)
print("join(0) alive:", t.is_alive())
t.join(-1)
print("join(-1) alive:", t.is_alive())
t.join()
print("after join:", t.is_alive(), "total about", since(started))
t0 = time.monotonic()
t.join(5)
print("join of a finished thread waits", since(t0))

quick = threading.Thread(target=sleeper, args=(0.05,))
quick.start()
quick.join(1.0)
print("quick alive:", quick.is_alive())

ts = [threading.Thread(target=sleeper, args=(s,)) for s in (0.2, 0.1, 0.3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
    print("joined", x.name, x.is_alive())
