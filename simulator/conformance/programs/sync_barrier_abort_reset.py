# Barrier: the index each party gets (arrival order forced by sleeps), n_waiting while parties wait, the action
# run once per cycle by the last party, reuse over cycles, abort and reset breaking the waiters, timeouts.
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


barrier = threading.Barrier(3, action=lambda: print("action by", threading.current_thread().name))
print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
indexes = {}


def party(name, delay, cycles):
    for cycle in range(cycles):
        time.sleep(delay)
        indexes[name, cycle] = barrier.wait()


threads = [threading.Thread(target=party, args=(n, d, 2), name=n) for n, d in (("p1", 0.2), ("p2", 0.0), ("p3", 0.1))]
for t in threads:
    t.start()
time.sleep(0.15)
print("waiting after 0.15:", barrier.n_waiting)
for t in threads:
    t.join()
print("indexes:", sorted(indexes.items()))
print("after two cycles:", barrier.n_waiting, barrier.broken)

outcomes = []


def doomed(name, timeout=None, on=barrier):
    try:
        on.wait(timeout)
        outcomes.append((name, "passed"))
    except threading.BrokenBarrierError as e:
        outcomes.append((name, "broken", type(e).__name__, str(e)))


a = threading.Thread(target=doomed, args=("a",))
a.start()
time.sleep(0.1)
print("one waits:", barrier.n_waiting)
barrier.abort()
a.join()
print("after abort:", outcomes, barrier.broken, barrier.n_waiting)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("waiting on a broken barrier raises at once")
barrier.reset()
print("after reset:", barrier.broken, barrier.n_waiting)

outcomes.clear()
b = threading.Thread(target=doomed, args=("b",))
b.start()
time.sleep(0.1)
barrier.reset()
b.join()
print("reset while waiting:", outcomes, barrier.broken)

outcomes.clear()
t0 = time.monotonic()
c = threading.Thread(target=doomed, args=("c", 0.2))
d = threading.Thread(target=doomed, args=("d",))
c.start()
d.start()
c.join()
d.join()
print("timeout:", sorted(outcomes), barrier.broken, since(t0))
barrier.reset()


def failing_action():
    raise ValueError("action failed")


bad = threading.Barrier(2, action=failing_action)
outcomes.clear()
x = threading.Thread(target=doomed, args=("x", None, bad))
x.start()
time.sleep(0.1)
try:
    bad.wait()
except ValueError as e:
    print("last party gets the action's error:", e)
x.join()
print(outcomes, bad.broken)
print(isinstance(threading.BrokenBarrierError(), RuntimeError))
