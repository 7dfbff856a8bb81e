# Object creation and attribute access.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(0, 0)
checksum = 0
for step in range(1_500_000):
    p = p.moved(1, 2)
    checksum += p.x - p.y
print(p.x, p.y, checksum)
