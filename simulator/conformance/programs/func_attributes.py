# Function objects carry metadata: names, docstrings, defaults, annotations, custom attributes.
def documented(a: int, b: str = "x", *args, key: float = 1.0, **kw) -> str:
    """First line.

    More details."""
    return f"{a}{b}"


print(documented.__name__, documented.__qualname__)
print(documented.__doc__.splitlines()[0], documented.__defaults__, documented.__kwdefaults__)
print(documented.__annotations__)
print(documented.__module__, callable(documented), type(documented).__name__)


class Shape:
    def area(self):
        return 0

    class Inner:
        def method(self):
            pass


print(Shape.area.__qualname__, Shape.Inner.method.__qualname__, Shape().area.__name__)
print(Shape().area.__self__.__class__.__name__, Shape.area is Shape.__dict__["area"])


def outer():
    def inner():
        pass

    return inner


print(outer().__qualname__, (lambda: 0).__qualname__, [lambda: 0][0].__name__)


def counter():
    counter.calls += 1
    return counter.calls


counter.calls = 0
counter()
counter()
print(counter.calls, counter.__dict__)


def no_doc():
    pass


print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__, no_doc.__annotations__)
bound = Shape().area
print(bound(), bound.__func__ is Shape.area, type(bound).__name__)
documented.__doc__ = "replaced"
print(documented.__doc__, documented(7))
