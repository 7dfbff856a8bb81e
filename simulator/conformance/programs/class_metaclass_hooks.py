# Class creation hooks: __prepare__, metaclass __new__/__init__/__call__, __init_subclass__, __set_name__,
# __class_getitem__, __mro_entries__ and object.__new__/__init__ argument checks.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, [b.__name__ for b in bases], kw)
        return {"injected": True}

    def __new__(mcs, name, bases, ns, **kw):
        print("meta new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("meta call", cls.__name__, args, kw)
        return super().__call__(*args, **kw)


class Base(metaclass=Meta, flag=1):
    def __init__(self, value):
        self.value = value


class Child(Base):
    pass


c = Child(5)
print(c.value, Child.injected, type(Child).__name__)


class Plugin:
    registry = []

    def __init_subclass__(cls, /, label=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.label = label or cls.__name__.lower()
        Plugin.registry.append(cls.label)


class Alpha(Plugin, label="first"):
    pass


class Beta(Plugin):
    pass


print(Plugin.registry, Alpha.label)
try:

    class Gamma(Plugin, unknown=1):
        pass

except TypeError as e:
    print("TypeError:", e)


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("refused")


class Holder:
    first = Named()
    second = Named()


try:

    class Bad:
        item = Broken()

except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Registry[int], Registry["x"], list[int], dict[str, list[int]], tuple[int, ...], type[int])


class FromAlias(list[int]):
    pass


print(FromAlias.__mro__, FromAlias.__orig_bases__, FromAlias([1, 2]))
try:

    class NotSubscriptable:
        pass

    NotSubscriptable[int]
except TypeError as e:
    print("TypeError:", e)


class Singleton:
    instance = None

    def __new__(cls, *args):
        if cls.instance is None:
            cls.instance = super().__new__(cls)
        return cls.instance

    def __init__(self, value):
        self.value = value


a, b = Singleton(1), Singleton(2)
print(a is b, a.value)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")


print(Other())


class Plain:
    pass


class InitOnly:
    def __init__(self, x):
        super().__init__()
        self.x = x


class NewOnly:
    def __new__(cls, x):
        return super().__new__(cls)


class PassesArgs:
    def __init__(self, x):
        super().__init__(x)


for make in [lambda: Plain(1), lambda: Plain(k=1), lambda: InitOnly(1).x, lambda: type(NewOnly(1)).__name__,
             lambda: PassesArgs(1), lambda: object(1), lambda: object.__new__(Plain, 1), lambda: type(1, 2),
             lambda: type("Made", (), {"x": 1})().x]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)


class ReturnsValue:
    def __init__(self):
        return "oops"


try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)
Dynamic = Meta("Dynamic", (), {"x": 1})
print(Dynamic.x, Dynamic.injected if hasattr(Dynamic, "injected") else "no prepare for direct calls")
