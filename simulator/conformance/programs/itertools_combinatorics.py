# product, permutations, combinations and combinations_with_replacement.
from itertools import combinations, combinations_with_replacement, permutations, product

print(list(product("ab", [1, 2])))
print(list(product("01", repeat=3)))
print(["".join(p) for p in product("xy", "z", "12")], len(list(product(range(3), repeat=4))))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)), len(list(permutations(range(6)))))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3)))
print(list(combinations_with_replacement("ab", 3)), list(combinations([1, 2], 0)), list(combinations([1], 2)))
coins = [1, 2, 5]
ways = [combo for n in range(1, 4) for combo in combinations_with_replacement(coins, n) if sum(combo) == 6]
print(ways)
dice = [a + b for a, b in product(range(1, 7), repeat=2)]
print({total: dice.count(total) for total in range(2, 13)})
words = ["".join(p) for p in permutations("tac") if "".join(p) in {"act", "cat", "tac"}]
print(words)
team = ["ann", "bob", "cyd", "dee"]
print([f"{a} vs {b}" for a, b in combinations(team, 2)])
print(list(product()), list(permutations([])), list(product([], [1])))
