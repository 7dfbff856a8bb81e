# Four threads contending one lock: under the random schedule, a run of over a million trace events.
import threading

lock = threading.Lock()
counter = 0


def work():
    global counter
    for _ in range(28_000):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
