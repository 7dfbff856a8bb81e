# random: argument checking and error messages, and randrange's deprecated float arguments (warned on stderr).
import random

random.seed(5)


def attempt(label, call):
    try:
        print(label, "->", call())
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


attempt("choice([])", lambda: random.choice([]))
attempt("randint(1)", lambda: random.randint(1))
attempt("randint(5, 1)", lambda: random.randint(5, 1))
attempt("randrange(0)", lambda: random.randrange(0))
attempt("randrange(1, 10, 0)", lambda: random.randrange(1, 10, 0))
attempt("randrange(2.5)", lambda: random.randrange(2.5))
attempt("randrange(6.0)", lambda: random.randrange(6.0))
attempt("randint('1', 6)", lambda: random.randint("1", 6))
attempt("sample({1, 2, 3}, 2)", lambda: random.sample({1, 2, 3}, 2))
attempt("sample([1, 2], 5)", lambda: random.sample([1, 2], 5))
attempt("shuffle((1, 2, 3))", lambda: random.shuffle((1, 2, 3)))
attempt("choices('ab', 3)", lambda: random.choices("ab", 3))
attempt("choices('ab', [1, 2, 3])", lambda: random.choices("ab", [1, 2, 3]))
attempt("choices('ab', [0, 0])", lambda: random.choices("ab", [0, 0]))
attempt("seed([1, 2])", lambda: random.seed([1, 2]))
attempt("uniform('1', '2')", lambda: random.uniform("1", "2"))
attempt("expovariate(0)", lambda: random.expovariate(0))
attempt("gammavariate(-1, 1)", lambda: random.gammavariate(-1, 1))
attempt("getrandbits(-3)", lambda: random.getrandbits(-3))
attempt("random(1)", lambda: random.random(1))
attempt("Random(1, 2)", lambda: random.Random(1, 2))
attempt("setstate((9, (), None))", lambda: random.setstate((9, (), None)))
print(random.random())

for _ in range(3):
    print(random.randrange(10.0), random.randint(1.0, 3.0))
