# Student program: permutations and subsets written recursively, checked against itertools.
from itertools import combinations, permutations


def perms(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i, item in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result


def subsets(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + s for s in subsets(rest, k - 1)] + subsets(rest, k)


def next_permutation(seq):
    seq = list(seq)
    i = len(seq) - 2
    while i >= 0 and seq[i] >= seq[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(seq) - 1
    while seq[j] <= seq[i]:
        j -= 1
    seq[i], seq[j] = seq[j], seq[i]
    seq[i + 1:] = reversed(seq[i + 1:])
    return seq


print(["".join(p) for p in perms(list("abc"))])
print(len(perms(list(range(6)))), perms([]), perms([1]))
print(perms(list("abcd")) == [list(p) for p in permutations("abcd")])
print(subsets([1, 2, 3, 4], 2), subsets([1, 2], 3))
print(all(subsets(list(range(6)), k) == [list(c) for c in combinations(range(6), k)] for k in range(7)))
current = [1, 2, 3]
order = []
while current:
    order.append("".join(map(str, current)))
    current = next_permutation(current)
print(order)
print(next_permutation("aabb"), sorted(set("".join(p) for p in perms(list("aab")))))
