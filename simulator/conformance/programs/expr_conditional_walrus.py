# Conditional expressions and assignment expressions (walrus).
def classify(n):
    return "negative" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "large"


print([classify(n) for n in (-5, 0, 3, 42)])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
x = 5
print("big" if x > 3 else "small", x if x else "none", (lambda: "L")() if x else None)

data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
print(n)
results = [y for v in data if (y := v * 2) > 20]
print(results, y)
queue = [3, 2, 1, 0, 5]
while (item := queue.pop(0)) != 0:
    print("item", item)
print("rest", queue)


def chunks(seq, size):
    pos = 0
    while chunk := seq[pos:pos + size]:
        yield chunk
        pos += size


print(list(chunks("abcdefgh", 3)))
print((total := 10) + total, total)
values = [1, 2, 3, 4]
running = 0
print([running := running + v for v in values], running)
print(any((hit := v) > 2 for v in values), hit)
