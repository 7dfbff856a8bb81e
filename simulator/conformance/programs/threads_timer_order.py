# Timers fire in the order of their intervals, whatever order they start in; a cancelled timer never fires;
# cancel after firing is harmless; args and kwargs reach the function.
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


fired = []


def ring(label, *, loud=False):
    fired.append(label)
    print("ring", label.upper() if loud else label, since(t0))


t0 = time.monotonic()
timers = [
    threading.Timer(0.3, ring, args=("c",)),
    threading.Timer(0.1, ring, args=("a",), kwargs={"loud": True}),
    threading.Timer(0.2, ring, ["b"]),
    threading.Timer(0.25, ring, args=("cancelled",)),
    threading.Timer(0, ring, args=("now",)),
]
print([t.name for t in timers])
print("interval:", timers[0].interval, "daemon:", timers[0].daemon, "finished:", timers[0].finished.is_set())
for t in timers:
    t.start()
time.sleep(0.05)
timers[3].cancel()
print("cancelled; alive:", timers[3].is_alive() or timers[3].finished.is_set())
for t in timers:
    t.join()
print("fired:", fired)
print("all finished:", all(t.finished.is_set() for t in timers), any(t.is_alive() for t in timers))
timers[0].cancel()
print("cancel after firing ok")

early = threading.Timer(0.2, ring, args=("early-cancel",))
early.cancel()
early.start()
early.join()
print("cancelled before start: joined, fired =", fired[-1])
