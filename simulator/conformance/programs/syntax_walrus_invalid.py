# An assignment expression whose target is not a plain name.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print("norm", Point(3, 4).norm())

data = {"n": 0}
if (data["n"] := 5) > 3:
    print(data)
