# Event wakes waiters; Barrier releases parties together and runs its action once.
import threading
import time

ready = threading.Event()
print(ready.is_set(), ready.wait(0.01))


def waiter(n):
    ready.wait()
    time.sleep(0.02 * n)
    print("waiter", n, "released")


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.05)
print("setting")
ready.set()
for w in ws:
    w.join()

barrier = threading.Barrier(3, action=lambda: print("all arrived"))


def party(n):
    time.sleep(0.02 * n)
    print("party", n, "waits")
    index = barrier.wait()
    time.sleep(0.02 * n)
    print("party", n, "passes with index", index)


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken:", b2.broken)
