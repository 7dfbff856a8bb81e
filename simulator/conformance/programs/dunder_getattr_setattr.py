# __getattr__ (fallback), __setattr__ (interception), __delattr__ and __getattribute__.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(f"getattr {name}")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None

    def __setattr__(self, name, value):
        self.log.append(f"setattr {name}")
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._fields[name] = value

    def __delattr__(self, name):
        self.log.append(f"delattr {name}")
        del self._fields[name]


r = Record(name="Ann", age=31)
print(r.name, r.age, r.log)
r.age = 32
r.city = "Oslo"
print(r.age, r.city, r._fields)
del r.city
print(hasattr(r, "city"), getattr(r, "city", "no city"))
try:
    r._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
print(r.log)


class Traced:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  access {name}")
        return super().__getattribute__(name)

    def method(self):
        return self.value * 10


t = Traced()
print(t.value, t.method())


class Defaults:
    color = "red"

    def __getattr__(self, name):
        return f"<default {name}>"


d = Defaults()
d.size = 3
print(d.color, d.size, d.anything, getattr(d, "other"), hasattr(d, "whatever"))
