# property with getter, setter and deleter; read-only properties; validation.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        print("  get celsius")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        print(f"  set celsius {value}")
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("  delete celsius")
        del self._celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)


class Circle:
    def __init__(self, r):
        self.r = r

    def _get_area(self):
        return round(3.14159 * self.r ** 2, 2)

    area = property(_get_area, doc="area of the circle")


c = Circle(2)
print(c.area, Circle.area.__doc__, "area" in vars(c))
c.r = 3
print(c.area)
