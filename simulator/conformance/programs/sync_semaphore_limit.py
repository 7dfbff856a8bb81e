# A semaphore limits how many workers run at once: never more than its value, whatever the schedule; with
# staggered arrivals the order of entering and leaving is forced by the sleeps.
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


slots = threading.BoundedSemaphore(2)
guard = threading.Lock()
running = 0
peak = 0
log = []


def job(n, arrive, work):
    global running, peak
    time.sleep(arrive)
    with slots:
        with guard:
            running += 1
            peak = max(peak, running)
            log.append(f"in {n}")
        time.sleep(work)
        with guard:
            running -= 1
            log.append(f"out {n}")


# arrive at 0, 0.1, 0.2, 0.3; work 0.4, 0.8, 0.3, 0.1: job0 runs 0-0.4, job1 0.1-0.9, job2 waits until 0.4 and
# runs 0.4-0.7, job3 waits until 0.7 and runs 0.7-0.8 (events at least 0.1 s apart)
plan = [(0.0, 0.4), (0.1, 0.8), (0.2, 0.3), (0.3, 0.1)]
t0 = time.monotonic()
workers = [threading.Thread(target=job, args=(n, a, w)) for n, (a, w) in enumerate(plan)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("elapsed about", since(t0))
print("peak concurrency:", peak, "running now:", running)
print(log)
print("slots back:", slots._value)

many = threading.Semaphore(3)
go = threading.Event()
peak = 0


def burst():
    global running, peak
    go.wait()
    with many:
        with guard:
            running += 1
            peak = max(peak, running)
        time.sleep(0.1)
        with guard:
            running -= 1


group = [threading.Thread(target=burst) for _ in range(10)]
for w in group:
    w.start()
go.set()
for w in group:
    w.join()
print("burst peak:", peak, "of 10 threads")
