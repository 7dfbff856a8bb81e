# Student program: matrices as lists of lists: multiply, transpose, identity, determinant.
def mat_mult(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} times {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


def transpose(m):
    return [list(row) for row in zip(*m)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        total += (-1) ** col * m[0][col] * determinant(minor)
    return total


def show(name, m):
    print(name)
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("A", a)
show("B", b)
show("A x B", mat_mult(a, b))
show("B x A", mat_mult(b, a))
show("A^T", transpose(a))
sq = [[2, -1, 0], [1, 3, 2], [0, 5, -4]]
print("det", determinant(sq), determinant(identity(4)), determinant([[1, 2], [2, 4]]))
print(mat_mult(sq, identity(3)) == sq, mat_mult(identity(2), [[5], [6]]))
power = identity(2)
fib_matrix = [[1, 1], [1, 0]]
for _ in range(10):
    power = mat_mult(power, fib_matrix)
print("fib via matrix power:", power[0][1])
try:
    mat_mult(a, a)
except ValueError as e:
    print("ValueError:", e)
