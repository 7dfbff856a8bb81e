# vars() and dir() on simple objects (filtering out dunder names).
class Pet:
    kind = "animal"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def speak(self):
        return "..."

    @property
    def label(self):
        return f"{self.name} ({self.age})"


class Dog(Pet):
    kind = "dog"

    def speak(self):
        return "woof"

    def fetch(self):
        return "ball"


d = Dog("rex", 3)
print(vars(d))
print([n for n in dir(d) if not n.startswith("__")])
print([n for n in dir(Pet) if not n.startswith("__")])
print(sorted(k for k in vars(Dog) if not k.startswith("__")), "speak" in vars(Pet))
d.trick = "roll"
print(vars(d), d.label)
vars(d)["age"] = 4
print(d.age, d.label)
print(sorted(n for n in dir([]) if not n.startswith("_"))[:6], "keys" in dir({}), "upper" in dir(""))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


def f():
    local_a = 1
    local_b = "two"
    return sorted(vars().items()), dir()


print(f())
