# Threads that sleep different lengths finish in order of their sleeps; join waits for each.
import threading
import time

results = []


def worker(name, delay):
    time.sleep(delay)
    results.append(name)
    print(f"{name} woke after {delay}s")


threads = [threading.Thread(target=worker, args=(n, d)) for n, d in [("c", 0.3), ("a", 0.1), ("b", 0.2)]]
for t in threads:
    t.start()
print("started", [t.name for t in threads])
for t in threads:
    t.join()
    print("joined", t.name, t.is_alive())
print(results, threading.active_count())
