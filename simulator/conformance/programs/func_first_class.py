# Functions as values: stored in structures, passed in, returned, composed.
import functools


def apply_twice(func, value):
    return func(func(value))


def compose(*funcs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), funcs, lambda x: x)


def double(x):
    return x * 2


def inc(x):
    return x + 1


print(apply_twice(double, 3), apply_twice(str.upper, "a"), apply_twice(lambda s: s + "!", "hey"))
pipeline = compose(inc, double, str, len)
print(compose(inc, double)(5), compose(double, inc)(5), pipeline(499), compose()(7))
dispatch = {"double": double, "inc": inc, "neg": lambda x: -x, "abs": abs}
for command in ["double", "inc", "neg", "abs", "unknown"]:
    action = dispatch.get(command, lambda x: f"no command {command!r}")
    print(command, action(-4))


def make_validator(*checks):
    def validate(value):
        return [check.__name__ for check in checks if not check(value)]

    return validate


def positive(x):
    return x > 0


def even(x):
    return x % 2 == 0


def small(x):
    return x < 100


validate = make_validator(positive, even, small)
print(validate(4), validate(-3), validate(1001))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=lambda p: dispatch["neg"](p[1])))
print(list(map(dispatch["double"], [1, 2])), max(["aa", "b", "cccc"], key=len), sorted(["b", "A", "c"], key=str.lower))
print(double.__call__(21), callable(double), callable(42), callable(str), callable("str".upper))
