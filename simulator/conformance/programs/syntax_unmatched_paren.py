# A closing parenthesis with no opening one.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print("norm", Point(3, 4).norm())

width = 4
height = 5
area = (width * height))
print(area)
