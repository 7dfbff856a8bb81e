# CPython's messages for calls with the wrong arguments.
def f(x):
    return x


def g(a, b):
    return a + b


def h(a, b=2, *, c):
    return a + b + c


def p(a, /, b):
    return a, b


class Greeter:
    def hello(self, name):
        return "hi " + name


calls = [
    ("f()", lambda: f()),
    ("g(1)", lambda: g(1)),
    ("g()", lambda: g()),
    ("g(1, 2, 3)", lambda: g(1, 2, 3)),
    ("f(1, 2)", lambda: f(1, 2)),
    ("f(y=1)", lambda: f(y=1)),
    ("f(1, x=2)", lambda: f(1, x=2)),
    ("h(1)", lambda: h(1)),
    ("h(1, 2, 3)", lambda: h(1, 2, 3)),
    ("h(1, c=1, d=2)", lambda: h(1, c=1, d=2)),
    ("p(a=1, b=2)", lambda: p(a=1, b=2)),
    ("Greeter().hello()", lambda: Greeter().hello()),
    ("Greeter().hello('a', 'b')", lambda: Greeter().hello("a", "b")),
    ("Greeter.hello('x')", lambda: Greeter.hello("x")),
    ("(lambda: 0)(1)", lambda: (lambda: 0)(1)),
    ("len()", lambda: len()),
    ("len([], [])", lambda: len([], [])),
    ("abs(x=1)", lambda: abs(x=1)),
    ("int('1', 2, 3)", lambda: int("1", 2, 3)),
]
for text, call in calls:
    try:
        call()
        print(text, "-> ok")
    except TypeError as e:
        print(text, "->", e)
