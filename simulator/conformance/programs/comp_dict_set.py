# Dict and set comprehensions and their ordering.
words = "the quick brown fox jumps over the lazy dog the end".split()
lengths = {w: len(w) for w in words}
print(lengths)
counts = {w: words.count(w) for w in sorted(set(words))}
print(counts)
print({k: v for k, v in counts.items() if v > 1})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 9)})
print({c for c in "mississippi"} == set("misp"), sorted({w[0] for w in words}))
print({x % 5 for x in range(100)}, {(x, x % 2) for x in range(3)} == {(0, 0), (1, 1), (2, 0)})
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid, grid[1, 2])
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1])))
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 3)}
print(nested)
print({k.upper(): v * 10 for k, v in zip("xyz", range(3)) if v != 1})
