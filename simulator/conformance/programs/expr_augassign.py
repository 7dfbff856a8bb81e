# Augmented assignment: rebinding for immutables, in-place mutation for lists.
n = 10
n += 5
n -= 3
n *= 4
n //= 5
n **= 2
n %= 50
n <<= 3
n |= 1
n ^= 0b11
n >>= 1
print(n)
f = 7.0
f /= 2
f -= 0.5
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
a = [1, 2]
alias = a
a += [3]
a += (4, 5)
a += "xy"
print(a, alias is a, alias)
b = [1, 2]
other = b
b = b + [3]
print(b, other, other is b)
t = (1, 2)
keep = t
t += (3,)
print(t, keep, t is keep)
d = {"x": 1}
d["x"] += 10
d |= {"y": 2}
print(d)
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
nested = [[0, 0], [0, 0]]
nested[1][0] += 7
print(nested)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {2}
print(st)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
