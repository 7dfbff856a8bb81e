# A closing bracket that does not match the opening one.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print("norm", Point(3, 4).norm())

matrix = [[1, 2], [3, 4]]
first = matrix[0]
pairs = [(a, b) for a, b in zip(first, matrix[1]])
print(pairs)
