# nonlocal at module level.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print("norm", Point(3, 4).norm())

nonlocal counter
counter = 0
counter += 1
