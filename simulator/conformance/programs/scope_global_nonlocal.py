# global and nonlocal declarations, and the 3.11 UnboundLocalError message.
counter = 0


def increment():
    global counter
    counter += 1
    return counter


def make_accumulator():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    return add


def shadow():
    counter = "local shadow"
    return counter


def broken():
    print(counter)
    counter = 5


increment()
increment()
print(counter, shadow(), counter)
acc = make_accumulator()
print(acc(10), acc(5), acc(-3))
other = make_accumulator()
print(other(1), acc(0))
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
    print(isinstance(e, NameError))


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"

        inner()
        return x

    return middle(), x


print(outer())


def create_global():
    global created_later
    created_later = "made inside a function"


create_global()
print(created_later)
print(sorted(name for name in globals() if not name.startswith("__")))
