# super() with zero and two arguments, in methods, classmethods and __init__ chains.
class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"

    @classmethod
    def create(cls, name):
        return cls(name)

    def kind(self):
        return "animal"


class Cat(Animal):
    def __init__(self, name):
        super().__init__(name, "meow")

    def speak(self):
        return super().speak().upper()

    @classmethod
    def create(cls, name):
        obj = super().create(name + " the cat")
        obj.created_by = cls.__name__
        return obj

    def kind(self):
        return "cat/" + super(Cat, self).kind()


class Kitten(Cat):
    def kind(self):
        return "kitten/" + super().kind()

    def skip_cat(self):
        return super(Cat, self).kind(), super(Cat, self).speak()


k = Kitten.create("Tom")
print(k.name, k.sound, k.created_by, k.speak())
print(k.kind(), k.skip_cat())
print(Cat("Ann").speak(), Animal.create("Generic").speak())
s = super(Kitten, k)
print(s.kind(), type(s).__name__)
try:
    super(Cat, Animal("x")).kind()
except TypeError as e:
    print("TypeError:", e)


class Mixin:
    def describe(self):
        return "mixin+" + super().describe()


class Core:
    def describe(self):
        return "core"


class Combined(Mixin, Core):
    pass


print(Combined().describe())
