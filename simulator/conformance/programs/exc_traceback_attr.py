# AttributeError on a chained attribute access.
class Engine:
    def __init__(self):
        self.power = 120


class Car:
    def __init__(self):
        self.engine = Engine()
        self.owner = None


car = Car()
print("power", car.engine.power)
print("owner", car.owner.name.upper())
