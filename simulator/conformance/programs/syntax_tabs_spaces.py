# Mixing tabs and spaces inconsistently in one block.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print("norm", Point(3, 4).norm())


def area(w, h):
    result = w * h
	return result


print(area(2, 3))
