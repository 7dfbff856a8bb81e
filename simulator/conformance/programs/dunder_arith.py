# Arithmetic dunders: binary, reflected, in-place, unary, and NotImplemented fallback.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        print("  __rmul__ used")
        return self * k

    def __iadd__(self, other):
        print("  __iadd__ used")
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, abs(b), a @ b, b / 2, b // 2)
keep = a
a += b
print(a, keep is a)
c = b
c -= Vec(1, 1)
print(c, b, c is b)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
for expr in (lambda: a + 1, lambda: a * a, lambda: "s" * a, lambda: 1 - a):
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __add__(self, other):
        return self.__radd__(other)

    def __str__(self):
        return f"${self.cents / 100:.2f}"


print(sum([Money(150), Money(275), Money(5)]), 100 + Money(1))
