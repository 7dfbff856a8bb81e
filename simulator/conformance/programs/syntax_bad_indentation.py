# A block that is not indented after a compound statement header.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print("norm", Point(3, 4).norm())


def greet(name):
    print("hello", name)


for name in ["ann", "bob"]:
greet(name)
