# count, cycle and repeat, always bounded with islice/zip/takewhile.
from itertools import count, cycle, islice, repeat, takewhile

print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(10, -3), 4)), list(zip(count(1), "abc")))
print(list(islice(cycle("AB"), 5)), list(islice(cycle([1, 2, 3]), 7)), list(islice(cycle(""), 3)))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(islice(repeat(7), 4)), list(map(pow, range(4), repeat(2))))
print(list(takewhile(lambda n: n * n < 50, count(1))))
players = cycle(["ann", "bob", "cyd"])
turns = [(turn, next(players)) for turn in range(1, 6)]
print(turns)
c = count(5)
print(next(c), next(c), c)
r = repeat("ab", 2)
print(r, list(r), list(r))
ids = count(100)
records = {name: next(ids) for name in ["alpha", "beta", "gamma"]}
print(records)
print(list(zip(cycle("RGB"), range(7))), "".join(islice(cycle("-="), 9)))
