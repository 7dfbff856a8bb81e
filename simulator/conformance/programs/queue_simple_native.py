# SimpleQueue is C code in CPython (_queue): its errors come with no library frames in the traceback.
import queue
import threading

q = queue.SimpleQueue()
print(type(q), queue.Empty, queue.SimpleQueue is queue.SimpleQueue)
try:
    queue.SimpleQueue(1)
except TypeError as e:
    print("TypeError:", e)


def later():
    q.put("late")


t = threading.Timer(0.05, later)
t.start()
print(q.get(), q.empty())
t.join()
q.get_nowait()
