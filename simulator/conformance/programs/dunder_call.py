# Callable instances via __call__.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, value):
        self.calls += 1
        return value * self.factor


triple = Multiplier(3)
print(triple(4), triple("ab"), list(map(triple, [1, 2])), triple.calls, callable(triple))


class Polynomial:
    def __init__(self, *coefficients):
        self.coefficients = coefficients

    def __call__(self, x):
        result = 0
        for c in self.coefficients:
            result = result * x + c
        return result

    def __repr__(self):
        terms = []
        degree = len(self.coefficients) - 1
        for i, c in enumerate(self.coefficients):
            if c:
                power = degree - i
                terms.append(f"{c}" + ("" if power == 0 else "x" if power == 1 else f"x^{power}"))
        return " + ".join(terms) or "0"


p = Polynomial(2, 0, -3, 1)
print(p, [p(x) for x in range(-2, 3)])


class Pipeline:
    def __init__(self):
        self.steps = []

    def __call__(self, func):
        self.steps.append(func)
        return func

    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value


pipe = Pipeline()


@pipe
def strip(s):
    return s.strip()


@pipe
def title(s):
    return s.title()


print(repr(pipe.run("  hello world ")), [f.__name__ for f in pipe.steps])
try:
    Polynomial(1)(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    text = "not callable"
    text()
except TypeError as e:
    print("TypeError:", e)
