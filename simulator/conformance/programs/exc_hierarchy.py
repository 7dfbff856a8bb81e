# The built-in exception hierarchy and catching by base class.
for exc in (ZeroDivisionError, KeyError, IndexError, UnboundLocalError, FileNotFoundError, ModuleNotFoundError,
            RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit, UnicodeDecodeError,
            TabError, OverflowError, StopAsyncIteration, GeneratorExit, TimeoutError, BrokenPipeError):
    print(exc.__name__, "->", " > ".join(k.__name__ for k in exc.__mro__[1:]))
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception), issubclass(SystemExit, Exception))
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError.__name__)
handlers = [(ArithmeticError, "arith"), (LookupError, "lookup"), (OSError, "os"), (Exception, "other")]


def classify(func):
    try:
        func()
    except BaseException as e:
        for base, label in handlers:
            if isinstance(e, base):
                return f"{type(e).__name__} caught as {label}"
        return f"{type(e).__name__} not an Exception"


tests = [lambda: 1 / 0, lambda: {}["k"], lambda: [][1], lambda: open("exc_hierarchy_missing.txt"),
         lambda: int("z"), lambda: 2.0 ** 5000, lambda: exec_exit(), lambda: undefined_name]


def exec_exit():
    raise SystemExit(2)


for t in tests:
    print(classify(t))
try:
    try:
        [].pop()
    except LookupError as e:
        print("caught by LookupError:", type(e).__name__)
        raise ArithmeticError("converted") from e
except Exception as e:
    print("outer caught", type(e).__name__, e, "cause:", type(e.__cause__).__name__)
