# Decorator classes, decorators that register, and class decorators.
import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CountCalls
def square(x):
    return x * x


print([square(n) for n in range(4)], square.calls, square.__name__, type(square).__name__)
registry = {}


def register(name):
    def decorator(func):
        registry[name] = func
        return func

    return decorator


@register("add")
def add(a, b):
    return a + b


@register("neg")
def negate(a):
    return -a


print(sorted(registry), registry["add"](2, 3), registry["neg"](4), add is registry["add"])


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"

    cls.__repr__ = __repr__
    return cls


@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Point(1, 2), [Point("a", None)])

square.calls = 0
print(square(9), square.calls, square.__wrapped__(3), square.calls)
