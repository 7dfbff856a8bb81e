# Dining philosophers: five philosophers sit at a round table with one fork between each pair of neighbours.
# To eat, a philosopher picks up the fork on the left, then the fork on the right.
# If all five pick up their left fork at about the same time, each waits forever for the right one: a deadlock.
# Whether that happens depends on timing, so some runs end normally.
import random
import threading
import time

N = 5
forks = [threading.Lock() for _ in range(N)]


def philosopher(i):
    left = forks[i]
    right = forks[(i + 1) % N]
    for meal in range(1, 4):
        time.sleep(random.uniform(0, 0.01))  # think
        with left:
            time.sleep(0.005)  # reach for the other fork
            with right:
                print(f"philosopher {i} eats meal {meal}")
                time.sleep(random.uniform(0, 0.01))  # eat


philosophers = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for p in philosophers:
    p.start()
for p in philosophers:
    p.join()
print("everyone has eaten")
