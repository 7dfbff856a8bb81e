# Event: is_set, set, clear, and wait's return value: True when set (at once or later), False on a timeout.
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


e = threading.Event()
print("initial:", e.is_set())
t0 = time.monotonic()
print("wait(0.2):", e.wait(0.2), since(t0))
print("wait(0):", e.wait(0), "wait(-1):", e.wait(-1))
e.set()
print("set:", e.is_set(), e.wait(), e.wait(0), e.wait(timeout=5))
e.set()
print("set twice:", e.is_set())
e.clear()
print("cleared:", e.is_set(), e.wait(0.01))


def setter(delay):
    time.sleep(delay)
    print("setter sets after", delay)
    e.set()


t = threading.Thread(target=setter, args=(0.1,))
t0 = time.monotonic()
t.start()
print("wait(1) woken:", e.wait(1), since(t0))
t.join()
e.clear()
t = threading.Thread(target=setter, args=(0.3,))
t0 = time.monotonic()
t.start()
print("wait(0.1) before the setter:", e.wait(0.1), since(t0))
print("then wait():", e.wait(), since(t0))
t.join()

results = {}
gate = threading.Event()


def watcher(n):
    results[n] = gate.wait(0.2 if n % 2 else None)


e.clear()
watchers = [threading.Thread(target=watcher, args=(n,)) for n in range(4)]
for w in watchers:
    w.start()
time.sleep(0.3)
gate.set()
for w in watchers:
    w.join()
print("watchers:", [results[n] for n in range(4)])


def flicker():
    gate.clear()
    time.sleep(0.1)
    gate.set()
    gate.clear()


gate.clear()
f = threading.Thread(target=flicker)
f.start()
print("set then cleared still wakes the waiter:", gate.wait(1))
f.join()
