# AttributeError messages (caught, so without suggestions).
import math


class Point:
    dims = 2

    def __init__(self):
        self.x = 1


cases = [
    lambda: (5).foo,
    lambda: "s".no_such_method(),
    lambda: [].push(1),
    lambda: None.value,
    lambda: Point().y,
    lambda: Point.z,
    lambda: math.tau2,
    lambda: (1, 2).append,
    lambda: {}.has_key("a"),
    lambda: setattr(5, "x", 1),
    lambda: setattr(object(), "x", 1),
    lambda: delattr(Point(), "dims"),
    lambda: print.__name__.x,
]
for i, case in enumerate(cases):
    try:
        case()
    except AttributeError as e:
        print(i, "AttributeError:", e)
