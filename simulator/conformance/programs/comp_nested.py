# Nested comprehensions with conditions: matrices, flattening, filtering.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row], [x for row in matrix for x in row if x % 2])
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
print([(i, j) for i in range(3) for j in range(3) if i != j and (i + j) % 2])
print([row for row in matrix if sum(row) > 10], [max(row) for row in matrix])
print(["even" if x % 2 == 0 else "odd" for x in range(4)], [x for x in range(20) if x % 2 if x % 3])
words = ["apple", "Banana", "cherry", "date", "Elder"]
print([w.lower() for w in words if w[0].isupper()], [len(w) for w in words], [w[::-1] for w in words if len(w) < 6])
print({w[0].lower(): w for w in words}, {len(w) for w in words})
grid = [["." for _ in range(4)] for _ in range(2)]
grid[1][2] = "#"
print(["".join(row) for row in grid])
pythagorean = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythagorean)
print([[c for c in w if c in "aeiou"] for w in ["sky", "queue", "tree"]])
print(sum([[1, 2], [3]], []), [y for x in [[1, [2]], [3]] for y in x])
