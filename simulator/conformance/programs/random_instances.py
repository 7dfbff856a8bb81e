# random.Random instances keep their own state; subclasses may replace random() and the rest follows.
import random

a = random.Random(7)
b = random.Random(7)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10))
random.seed(7)
print(random.random() == random.Random(7).random(), random.random.__self__ is random._inst)


class Dice(random.Random):
    def roll(self, sides=6):
        return self.randint(1, sides)


d = Dice(11)
print(type(d).__name__, [d.roll() for _ in range(8)], d.roll(20), isinstance(d, random.Random))


class Fixed(random.Random):
    """Always the same 'random' number: every method built on random() sees it."""

    def random(self):
        return 0.75


f = Fixed()
print(f.random(), f.uniform(0, 4), f.choice("abcd"), f.randrange(100), f.choices("xyz", k=3))
cards = list(range(8))
f.shuffle(cards)
print(cards, f.sample(range(20), 4))


class Logged(random.Random):
    def __init__(self, seed):
        self.draws = 0
        super().__init__(seed)

    def random(self):
        self.draws += 1
        return super().random()


g = Logged(3)
print(g.uniform(5, 6), g.draws, round(g.gauss(0, 1), 12), g.draws, g.gauss(0, 1) != 0, g.draws)

s = random.SystemRandom()
print(type(s).__name__, 1 <= s.randint(1, 6) <= 6, s.seed(123))
try:
    s.getstate()
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
print([cls.__name__ for cls in random.SystemRandom.__mro__], random.Random.__module__)
print(sorted(random.__all__)[:6])
