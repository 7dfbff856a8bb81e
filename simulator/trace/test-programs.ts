// Small programs the trace tests share.

/** Two threads taking two locks in opposite orders, slowly enough that a switch falls between. */
export const abba = `import threading, time
lock_a = threading.Lock()
lock_b = threading.Lock()
def one():
    with lock_a:
        time.sleep(0.01)
        with lock_b:
            pass
def two():
    with lock_b:
        time.sleep(0.01)
        with lock_a:
            pass
def bystander():
    time.sleep(0.05)
    print("still running")
threads = [threading.Thread(target=f, name=f.__name__) for f in (one, two, bystander)]
for t in threads:
    t.start()
for t in threads:
    t.join()
`

/** A producer and a consumer on a bounded queue, with a lock and prints. */
export const producerConsumer = `import threading, queue
q = queue.Queue(maxsize=2)
total_lock = threading.Lock()
total = 0
def producer():
    for i in range(5):
        q.put(i * 10)
    q.put(None)
def consumer():
    global total
    while (item := q.get()) is not None:
        with total_lock:
            total += item
        print("got", item)
threads = [threading.Thread(target=producer, name="producer"), threading.Thread(target=consumer, name="consumer")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", total)
`

/** Four threads contending one lock, with a semaphore, an event and a barrier. */
export const contention = `import threading, random
lock = threading.Lock()
sem = threading.Semaphore(2)
ready = threading.Event()
barrier = threading.Barrier(4)
counter = 0
def work(n):
    global counter
    barrier.wait()
    ready.wait()
    for _ in range(50):
        with sem:
            with lock:
                counter += random.randint(1, 3)
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
ready.set()
for t in threads:
    t.join()
print(counter)
`
