# random with threads: each worker owns a seeded Random, so the results do not depend on the schedule.
import random
import threading

results = {}


def simulate(name, seed):
    rng = random.Random(seed)
    hits = 0
    for _ in range(2000):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1:
            hits += 1
    results[name] = (hits, rng.choice(["heads", "tails"]), rng.sample(range(10), 3))


workers = [threading.Thread(target=simulate, args=(f"worker-{i}", i)) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for name in sorted(results):
    print(name, results[name])
print("pi is about", round(4 * sum(h for h, _, _ in results.values()) / 8000, 4))

lock = threading.Lock()
shared = random.Random(99)
draws = []


def draw(count):
    for _ in range(count):
        with lock:
            draws.append(shared.randint(1, 6))


threads = [threading.Thread(target=draw, args=(25,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
# The lock orders the draws by schedule, but they are always the generator's first hundred.
replay = random.Random(99)
print(len(draws), sum(draws), sorted(draws) == sorted(replay.randint(1, 6) for _ in range(100)))
