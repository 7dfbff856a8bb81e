# iter() and next(): sequences, sentinel form, exhaustion and iterator identity.
items = [10, 20, 30]
it = iter(items)
print(next(it), next(it), next(it), next(it, "end"))
print(iter(it) is it, list(it), list(items))
s = iter("hey")
print(list(s), list(s))
d = {"a": 1, "b": 2}
print(list(iter(d)), list(iter(d.items())), list(iter(d.values())))
data = [3, 1, 4, 1, 5, 9, 2, 6]
position = -1


def reader():
    global position
    position += 1
    return data[position]


print(list(iter(reader, 9)))
lines = iter(["first", "second", "", "never"])
print(list(iter(lambda: next(lines), "")))
numbers = iter(range(10))
print(list(zip(numbers, numbers)))
chunks = [iter("abcdefg")] * 3
print(list(zip(*chunks)))
it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        print("skip", next(it))
    else:
        print("see", x)
for bad in [lambda: iter(5), lambda: next(iter([]))]:
    try:
        bad()
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2, 3])
print(next(r), list(r), type(iter(range(3))).__name__, type(iter([])).__name__)
