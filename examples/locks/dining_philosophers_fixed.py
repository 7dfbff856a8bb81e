# Dining philosophers, fixed: number the forks and always pick up the lower-numbered one first.
# Philosopher 4 now reaches for fork 0 before fork 4, so the five can no longer wait in a circle:
# whoever holds the highest fork can always take the other one. No deadlock, whatever the timing.
import random
import threading
import time

N = 5
forks = [threading.Lock() for _ in range(N)]


def philosopher(i):
    first = forks[min(i, (i + 1) % N)]
    second = forks[max(i, (i + 1) % N)]
    for meal in range(1, 4):
        time.sleep(random.uniform(0, 0.01))  # think
        with first:
            time.sleep(0.005)  # reach for the other fork
            with second:
                print(f"philosopher {i} eats meal {meal}")
                time.sleep(random.uniform(0, 0.01))  # eat


philosophers = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for p in philosophers:
    p.start()
for p in philosophers:
    p.join()
print("everyone has eaten")
