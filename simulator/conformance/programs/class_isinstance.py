# isinstance/issubclass with tuples and built-ins, type names and class reprs.
class Shape:
    pass


class Circle(Shape):
    pass


class Square(Shape):
    pass


shapes = [Circle(), Square(), Shape()]
for s in shapes:
    print(type(s).__name__, isinstance(s, Shape), isinstance(s, Circle), isinstance(s, (Circle, Square)), type(s) is Shape)
print(issubclass(Circle, Shape), issubclass(Shape, Circle), issubclass(Circle, (int, Shape)), issubclass(Circle, Circle))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
print(isinstance(3, int), isinstance(3.0, int), isinstance(True, int), isinstance("s", (int, str)), isinstance(None, type(None)))
print(Circle, Shape, type(Circle()), Circle.__name__, Circle.__qualname__, Circle.__module__)
print(int, str, list, type, object, type(None), type(len), type(print).__name__, type([].append).__name__)
print([c.__name__ for c in Circle.__mro__], Circle.__bases__, Shape.__subclasses__() == [Circle, Square])
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(range(1)), type(b""))
values = [1, "two", 3.0, [4], (5,), {6: 6}, None, True]
print([type(v).__name__ for v in values])
print({type(v).__name__: v for v in values if isinstance(v, (int, float))})
for bad in ((lambda: isinstance(1, "int")), (lambda: issubclass(1, int))):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def describe(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return f"sequence of {len(value)}"
    return type(value).__name__


print([describe(v) for v in values])
