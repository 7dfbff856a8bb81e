# Classes: class vs instance attributes, methods, shadowing and shared mutable class state.
class Dog:
    species = "canis familiaris"
    tricks_shared = []
    count = 0

    def __init__(self, name):
        self.name = name
        self.tricks = []
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)
        self.tricks_shared.append(trick)
        return self

    def describe(self):
        return f"{self.name} ({self.species}) knows {self.tricks}"


rex = Dog("Rex")
fido = Dog("Fido")
rex.add_trick("sit").add_trick("roll")
fido.add_trick("beg")
print(rex.describe())
print(fido.describe())
print(Dog.tricks_shared, rex.tricks_shared is fido.tricks_shared, Dog.count, rex.count)
fido.species = "wolf?"
print(fido.species, rex.species, Dog.species, "species" in vars(fido), "species" in vars(rex))
Dog.species = "dog"
print(fido.species, rex.species)
del fido.species
print(fido.species)
rex.count += 10
print(rex.count, Dog.count, fido.count)
print(Dog.describe(rex) == rex.describe(), type(rex) is Dog, rex.__class__.__name__, Dog.__name__)
print(sorted(vars(rex)), sorted(k for k in vars(Dog) if not k.startswith("__")))


class Empty:
    pass


e = Empty()
e.anything = 42
print(e.anything, vars(e), Empty.__name__, Empty.__bases__[0].__name__)
print(Dog, Empty, type(Dog), type(type), repr(Dog))
