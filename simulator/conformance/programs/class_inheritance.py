# Single inheritance: overriding, extending, abstract-style base methods, polymorphism.
class Employee:
    raise_rate = 1.04

    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def apply_raise(self):
        self.salary = int(self.salary * self.raise_rate)

    def role(self):
        raise NotImplementedError(f"{type(self).__name__} must define role()")

    def summary(self):
        return f"{self.name:<6} {self.role():<10} {self.salary:>7}"


class Developer(Employee):
    raise_rate = 1.10

    def __init__(self, name, salary, language):
        super().__init__(name, salary)
        self.language = language

    def role(self):
        return f"dev/{self.language}"


class Manager(Employee):
    def __init__(self, name, salary, reports=None):
        super().__init__(name, salary)
        self.reports = reports or []

    def role(self):
        return f"mgr({len(self.reports)})"

    def apply_raise(self):
        super().apply_raise()
        self.salary += 1000


devs = [Developer("ann", 50000, "py"), Developer("bob", 60000, "ts")]
staff = devs + [Manager("cyd", 90000, devs)]
for person in staff:
    person.apply_raise()
    print(person.summary())
print([type(p).__name__ for p in staff], Manager.raise_rate, Developer.raise_rate)
try:
    Employee("eve", 1).summary()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(staff[2], Employee), Developer.__base__.__name__, Developer.role is Employee.role)
print(Manager.__dict__.keys() - {"__module__", "__doc__"}, "apply_raise" in Developer.__dict__)
