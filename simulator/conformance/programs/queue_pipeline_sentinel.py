# A three-stage pipeline, one thread per stage, linked by queues and stopped by a sentinel: each stage keeps the
# order of its input, so the result is the same on every run.
import queue
import threading

STOP = object()
numbers = queue.Queue(maxsize=2)
squares = queue.Queue(maxsize=2)
results = []


def source():
    for n in range(1, 11):
        numbers.put(n)
    numbers.put(STOP)


def square():
    while True:
        n = numbers.get()
        if n is STOP:
            squares.put(STOP)
            return
        squares.put(n * n)


def sink():
    total = 0
    while True:
        sq = squares.get()
        if sq is STOP:
            results.append(("total", total))
            return
        total += sq
        results.append(sq)


stages = [threading.Thread(target=f, name=f.__name__) for f in (sink, square, source)]
for t in stages:
    t.start()
for t in stages:
    t.join()
print(results)
print("queues empty:", numbers.empty(), squares.empty(), numbers.unfinished_tasks, squares.unfinished_tasks)
print("stages:", [(t.name, t.is_alive()) for t in stages])
