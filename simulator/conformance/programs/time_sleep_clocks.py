# time.sleep orders threads by how long they sleep; monotonic, perf_counter and time advance by the time slept
# (printed rounded, as CPython's clocks show it every run); sleep's argument errors.
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


order = []
lock = threading.Lock()


def nap(name, seconds):
    time.sleep(seconds)
    with lock:
        order.append(name)


threads = [threading.Thread(target=nap, args=(n, s)) for n, s in (("slow", 0.3), ("fast", 0.05), ("mid", 0.15), ("zero", 0))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("woke in order:", order)

m0, p0, w0, n0 = time.monotonic(), time.perf_counter(), time.time(), time.monotonic_ns()
time.sleep(0.2)
m1, p1, w1, n1 = time.monotonic(), time.perf_counter(), time.time(), time.monotonic_ns()
print("monotonic:", int((m1 - m0) * 10), "perf_counter:", int((p1 - p0) * 10), "time:", int((w1 - w0) * 10), "tenths")
print("monotonic_ns in tenths:", (n1 - n0) // 100_000_000)
print("types:", type(m0).__name__, type(n0).__name__, type(time.perf_counter_ns()).__name__, type(time.time_ns()).__name__)
print("never backwards:", time.monotonic() >= m1, time.perf_counter() >= p1)

t0 = time.perf_counter()
for _ in range(10):
    time.sleep(0.02)
print("ten sleeps of 0.02:", int((time.perf_counter() - t0) * 10), "tenths")
t0 = time.monotonic()
time.sleep(0)
time.sleep(False)
print("sleep(0) is quick:", since(t0))

for bad in (-1, -0.5, "1", None, float("nan"), 1e300):
    try:
        time.sleep(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
for args in ((), (1, 2)):
    try:
        time.sleep(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    time.sleep(secs=1)
except TypeError as e:
    print("TypeError:", e)


def ticker(name, period, count):
    for i in range(count):
        time.sleep(period)
        with lock:
            order.append(f"{name}{i}")


order.clear()
# ticks at a: 0.1 0.2 0.3, b: 0.15 0.3 -- b1 and a2 both at 0.3 would be a race, so b starts 0.02 later
a = threading.Thread(target=ticker, args=("a", 0.1, 3))
b = threading.Thread(target=ticker, args=("b", 0.15, 2))
a.start()
time.sleep(0.02)
b.start()
a.join()
b.join()
print("ticks:", order)
