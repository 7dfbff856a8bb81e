# task_done and join: join returns once every item put has been marked done; unfinished_tasks counts them; too
# many task_done calls raise ValueError.
import queue
import threading
import time


def since(t0):
    """Seconds since t0 in whole tenths, rounded down: sleeps and timeouts end a little late, never early."""
    return int((time.monotonic() - t0) * 10) / 10


q = queue.Queue()
print("join on an empty queue returns at once:", q.join(), q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

done = []
lock = threading.Lock()


def worker(n):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(item)
        with lock:
            done.append(item)
        q.task_done()


for item in (0.05, 0.1, 0.15, 0.2, 0.25, 0.37):
    q.put(item)
print("unfinished after six puts:", q.unfinished_tasks)
workers = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
t0 = time.monotonic()
for w in workers:
    w.start()
q.join()
print("joined after about", since(t0), "done:", sorted(done), "unfinished:", q.unfinished_tasks)
print("qsize:", q.qsize(), "empty:", q.empty())
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print("workers stopped:", [w.is_alive() for w in workers])

q.put("x")
print("get does not finish a task:", q.get(), q.unfinished_tasks)
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e, q.unfinished_tasks)

finished = threading.Event()


def joiner():
    q.join()
    finished.set()


q.put("y")
j = threading.Thread(target=joiner)
j.start()
time.sleep(0.1)
print("joiner still waiting:", not finished.is_set())
q.get()
q.task_done()
j.join()
print("joiner released:", finished.is_set())
