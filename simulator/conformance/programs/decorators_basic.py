# Decorators with and without arguments, stacked, and functools.wraps.
import functools


def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"

    return wrapper


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]

        return wrapper

    return decorator


def tag(name):
    def decorator(func):
        def wrapper(*args):
            return f"<{name}>{func(*args)}</{name}>"

        return wrapper

    return decorator


@shout
def greet(name):
    """Return a greeting."""
    return f"hello {name}"


@repeat(3)
def roll(x):
    return x * 2


@tag("b")
@tag("i")
def text(s):
    return s


print(greet("ann"), greet.__name__, greet.__doc__, greet.__wrapped__("raw"))
print(roll(4), roll.__name__)
print(text("hi"), text.__name__)


def trace(func):
    depth = [0]

    @functools.wraps(func)
    def wrapper(*args):
        print("  " * depth[0] + f"-> {func.__name__}{args}")
        depth[0] += 1
        result = func(*args)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result

    return wrapper


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


fact(3)
manual = shout(lambda: "manual")
print(manual(), manual.__name__)
