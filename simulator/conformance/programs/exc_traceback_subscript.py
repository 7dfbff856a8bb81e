# A failing subscript is marked under the brackets.
matrix = [[1, 2, 3], [4, 5, 6]]
config = {"db": {"host": "localhost"}}
print(matrix[1][2], config["db"]["host"])
for r in matrix:
    print(sum(r), max(r))
row = 1
value = matrix[row][2] + matrix[row + 1][0]
print(value)
