# random: the module-level functions replay CPython's Mersenne Twister exactly for a given seed.
import random

random.seed(2024)
print(random.random(), random.randint(1, 6), random.randrange(10, 100, 5))
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choice(deck), random.sample(deck, 5))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print(random.choices(range(3), cum_weights=[0.2, 0.5, 1.0], k=6))
print(random.sample(range(1_000_000), 4), random.sample("python", k=6))
print(random.sample(["win", "lose"], counts=[1, 9], k=4))
print(random.uniform(-1, 1), random.getrandbits(100), random.randbytes(5))
print(random.randrange(-(10**25), 10**25), random.randint(10**18, 10**18 + 3))

state = random.getstate()
first = [random.randint(1, 100) for _ in range(5)]
random.setstate(state)
print(first, first == [random.randint(1, 100) for _ in range(5)])

for seed in ["students", b"bytes", 3.25, -99, 2**70]:
    random.seed(seed)
    print(repr(seed), random.random())

rolls = [0] * 6
random.seed(1)
for _ in range(6000):
    rolls[random.randint(1, 6) - 1] += 1
print(rolls, sum(rolls))
