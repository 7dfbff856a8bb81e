# Each worker owns random.Random(seed): shuffle, sample, choices, randint, uniform and gauss give the same values
# whatever the schedule; the module-level generator, seeded in the main thread, replays the same way.
import random
import threading
import time

results = {}


def worker(seed, delay):
    rng = random.Random(seed)
    deck = list(range(10))
    rng.shuffle(deck)
    time.sleep(delay)
    results[seed] = {
        "shuffle": deck,
        "sample": rng.sample("abcdefgh", 3),
        "choices": rng.choices(["r", "g", "b"], weights=[5, 1, 1], k=6),
        "randint": [rng.randint(1, 6) for _ in range(5)],
        "randrange": rng.randrange(0, 100, 7),
        "uniform": round(rng.uniform(-1, 1), 6),
        "gauss": round(rng.gauss(0, 1), 6),
        "bits": rng.getrandbits(20),
    }


threads = [threading.Thread(target=worker, args=(seed, 0.01 * (3 - i))) for i, seed in enumerate((1, 42, 2024))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for seed in sorted(results):
    for key, value in results[seed].items():
        print(seed, key, value)

same = random.Random(42)
deck = list(range(10))
same.shuffle(deck)
print("replayed in main:", deck == results[42]["shuffle"], same.sample("abcdefgh", 3) == results[42]["sample"])

random.seed(7)
first = [random.random() for _ in range(3)]
state = random.getstate()
print([round(x, 8) for x in first])
gathered = []


def draw():
    gathered.append(random.randint(1, 100))


t = threading.Thread(target=draw)
t.start()
t.join()
random.setstate(state)
print("thread drew the module generator's next value:", gathered == [random.randint(1, 100)], gathered)
