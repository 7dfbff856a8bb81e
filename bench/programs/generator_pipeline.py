# A generator pipeline: values flow through three generators and a generator expression.
def numbers(n):
    for i in range(n):
        yield i


def squares(values):
    for v in values:
        yield v * v


def evens(values):
    for v in values:
        if v % 2 == 0:
            yield v


total = sum(x // 3 for x in evens(squares(numbers(3_000_000))))
print(total)
