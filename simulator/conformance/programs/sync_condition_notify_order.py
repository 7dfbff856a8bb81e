# Condition waiters wake in the order they started waiting (FIFO): notify() wakes one, notify(n) wakes n,
# notify_all wakes the rest; a notify with no waiter is lost.
import threading
import time

cond = threading.Condition()
woken = []
waiting = 0


def waiter(name):
    global waiting
    with cond:
        waiting += 1
        cond.wait()
        woken.append(name)


def start_waiters(names):
    threads = []
    for name in names:
        t = threading.Thread(target=waiter, args=(name,))
        t.start()
        threads.append(t)
        # the next waiter starts only once this one waits
        while True:
            with cond:
                if waiting == len(threads):
                    break
            time.sleep(0.01)
    return threads


with cond:
    cond.notify()
    print("notify without waiters is fine")
threads = start_waiters(["a", "b", "c", "d", "e", "f"])
for expected in (1, 2, 3):
    with cond:
        cond.notify()
    while len(woken) < expected:
        time.sleep(0.01)
    print("after notify", expected, woken)
with cond:
    cond.notify(2)
while len(woken) < 5:
    time.sleep(0.01)
print("after notify(2):", sorted(woken[3:]), "first three", woken[:3])
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("after notify_all:", woken[5:])
print("woken in total:", len(woken))
