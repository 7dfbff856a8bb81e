# try/finally and with inside generators when iteration stops early.
class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"  open {self.name}")
        return self

    def __exit__(self, *exc):
        print(f"  close {self.name} exc={exc[0].__name__ if exc[0] else None}")
        return False


def lines(name, count):
    with Tracker(name):
        for i in range(count):
            yield f"{name}:{i}"


for line in lines("a", 3):
    print(line)
print("-- early break")
for line in lines("b", 5):
    print(line)
    if line.endswith("1"):
        break
print("-- explicit close")
g = lines("c", 5)
print(next(g))
g.close()
print("-- exception in consumer")
try:
    for line in lines("d", 3):
        raise ValueError("consumer failed on " + line)
except ValueError as e:
    print("caught", e)


def numbered():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        print(f"  numbered stopped after {n}")


print([x for x, _ in zip(numbered(), range(3))])
print(next(x for x in numbered() if x > 4))
