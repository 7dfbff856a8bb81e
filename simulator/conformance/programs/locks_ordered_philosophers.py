# Dining philosophers who always take the lower-numbered fork first cannot deadlock; every meal is counted under
# a lock, so the totals are the same on every run.
import threading
import time

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
count_lock = threading.Lock()
total = 0


def philosopher(i, rounds):
    global total
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(rounds):
        with forks[first]:
            with forks[second]:
                meals[i] += 1
                with count_lock:
                    total += 1
                time.sleep(0.001)


diners = [threading.Thread(target=philosopher, args=(i, 20), name=f"philosopher-{i}") for i in range(N)]
for d in diners:
    d.start()
for d in diners:
    d.join()
print("meals:", meals, "total:", total)
print("forks free:", [f.locked() for f in forks])
