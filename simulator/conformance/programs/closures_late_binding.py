# Closures capture variables, not values: the classic loop pitfall and its fixes.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 10
print([f() for f in funcs])
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])


def make_multiplier(n):
    def multiply(x):
        return x * n

    return multiply


times = [make_multiplier(n) for n in range(1, 4)]
print([t(10) for t in times])
comprehension_closures = [lambda: k for k in "abc"]
print([f() for f in comprehension_closures])


def builder():
    handlers = {}
    for name in ("start", "stop"):
        def handler(name=name):
            return f"handling {name}"
        handlers[name] = handler
    return handlers


print({k: v() for k, v in builder().items()})


def shared_cell():
    value = "first"

    def read():
        return value

    value = "second"
    return read


print(shared_cell()())


def make_counters():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = make_counters()
inc()
inc()
print(get(), inc(), get())
print(make_multiplier(3).__closure__ is not None, len(make_multiplier(3).__closure__))
print(make_multiplier(7).__closure__[0].cell_contents)
