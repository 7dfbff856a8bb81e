# Counter: counting, most_common, arithmetic and set-like operations.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c["a"], c["z"], len(c), c.total())
print(sorted(c.elements()), list(c.keys()))
words = Counter("the quick the lazy the end quick".split())
print(words, words.most_common(1))
c.update("aaz")
c.subtract("b")
print(c)
a = Counter(x=3, y=1, z=0)
b = Counter(x=1, y=4, w=2)
print(a + b, a - b, b - a, a & b, a | b)
print(+Counter(p=2, q=-1, r=0), -Counter(p=2, q=-1))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter("ab") == Counter("ba"))
print(Counter({"k": 5}), Counter(), Counter(a=1) <= Counter(a=2), Counter(a=3) <= Counter(a=2))
inventory = Counter(apples=5, pears=2)
order = Counter(apples=3, pears=4)
remaining = inventory - order
shortfall = order - inventory
print(remaining, shortfall, dict(remaining))
del inventory["pears"]
print(inventory, inventory.most_common()[-1])
letters = Counter(ch for ch in "Hello World".lower() if ch.isalpha())
print(letters.most_common(3), sum(letters.values()))
