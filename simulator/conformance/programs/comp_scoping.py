# Comprehension scoping: the loop variable does not leak, class-body gotcha.
x = "global x"
squares = [x * x for x in range(4)]
print(squares, x)
print({x for x in "ab"}, {x: 1 for x in "c"}, x)
i = -1
gen = [i for i in range(3)]
print(i, gen)
for j in range(3):
    pass
print("for-loop variable leaks:", j)
n = 10
print([n + k for k in range(3)], [[n * k for k in range(2)] for n in range(2)], n)


class Config:
    base = 10
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        shifted = [v + base for v in values]
    except NameError as e:
        shifted = f"NameError: {e}"
    shifted_ok = [v + b for b, vs in [(base, values)] for v in vs]


print(Config.doubled, Config.shifted, Config.shifted_ok)


def make():
    y = 5
    return [y + k for k in range(2)]


print(make())
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
try:
    print(k)
except NameError as e:
    print("NameError:", e)
result = [(yield_value := v * 3) for v in range(3)]
print(result, yield_value)
