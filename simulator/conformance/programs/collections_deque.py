# deque: both-ended operations, maxlen, rotate, indexing.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(7), d.index(7), 8 in d, list(reversed(d)))
d.remove(7)
d.insert(1, "x")
print(d)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=" ")
print()
last3.appendleft("L")
print(last3, last3.maxlen)
print(deque("abc"), deque(), deque(range(3), maxlen=2), deque([1, 2]) == deque([1, 2]))
d.clear()
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError:", e)
queue = deque()
for task in ["a", "b", "c"]:
    queue.append(task)
while queue:
    task = queue.popleft()
    print("process", task)
    if task == "a":
        queue.append("a2")


def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        out.append(round(sum(window) / len(window), 2))
    return out


print(moving_average([10, 20, 30, 40, 50], 3))
