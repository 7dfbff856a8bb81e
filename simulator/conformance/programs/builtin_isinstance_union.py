# isinstance/issubclass with tuples, X | Y unions, parameterized generics and __instancecheck__.
print(isinstance(3, int | str), isinstance(None, int | None), isinstance("s", (int, (float, str))))
print(issubclass(bool, int | str), issubclass(int, (str, bytes)))
print(int | str, int | None, None | int, str | int | str, (int | str) == (str | int), int | int)
print(type(int | str).__name__, (int | str).__args__, (list[int] | None).__args__)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list["x"])
print(list[int].__origin__, list[int].__args__, list[int]((1, 2)), type(list[int]).__name__)
for cls in [list[int], int | list[int], 5]:
    try:
        print(isinstance([], cls))
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool


class EvenNumber(metaclass=Even):
    pass


print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), issubclass(bool, EvenNumber), issubclass(int, EvenNumber))
print(isinstance(EvenNumber(), EvenNumber), isinstance(2, (str, EvenNumber)))


def annotated(a: int | None, b: list[str] = []) -> dict[str, int]:
    return {}


print(annotated.__annotations__)
