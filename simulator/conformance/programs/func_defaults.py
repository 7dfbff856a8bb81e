# Default arguments: evaluated once at definition, the mutable default pitfall.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))


def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket


def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_bad(1), append_bad(2), append_bad(3))
print(append_good(1), append_good(2), append_good(3, [0]))
print(append_bad.__defaults__, append_good.__defaults__)
base = 10


def uses_base(x, b=base):
    return x + b


base = 100
print(uses_base(1), uses_base(1, base))
calls = []


def record(tag):
    calls.append(tag)
    return tag


def with_side_effect(a=record("default evaluated")):
    return a


print(calls, with_side_effect(), with_side_effect("given"), calls)


def counter(memo={"count": 0}):
    memo["count"] += 1
    return memo["count"]


print(counter(), counter(), counter())
print(greet.__defaults__, uses_base.__defaults__, with_side_effect.__defaults__)
