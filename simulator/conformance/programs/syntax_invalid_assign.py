# Assigning to a function call is not allowed.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print("norm", Point(3, 4).norm())


def get_value():
    return 1


value = 0
get_value() = 5
print(value)
