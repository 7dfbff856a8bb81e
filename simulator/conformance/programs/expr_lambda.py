# Lambdas as values: defaults, closures, immediately invoked, used as keys.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, 2, z=3))
print(square.__name__, (lambda: 0).__name__)
people = [("ann", 31), ("bob", 25), ("cyd", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].upper(), people)), list(filter(lambda p: p[1] > 20, people)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for symbol in "+-*/":
    print(f"12 {symbol} 4 = {ops[symbol](12, 4)}")
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(3), compose(str, abs)(-9) + "!")
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), (lambda x: (lambda y: x * y))(6)(7))
print((lambda x, /, y, *, z: x + y + z)(1, y=2, z=3))
