// Small programs for the panels' tests, besides the trace tests' (simulator/trace/test-programs.ts).

/** The main thread holds a lock and joins a worker that waits for that lock. */
export const joinWhileHolding = `import threading
lock = threading.Lock()
def worker():
    with lock:
        pass
t = threading.Thread(target=worker, name="worker")
with lock:
    t.start()
    t.join()
`

/** A consumer waits on an empty queue, then the main thread waits to put into the full one; a file is written. */
export const waitingConsumer = `import threading, queue, time
q = queue.Queue(maxsize=1)
done = threading.Event()
def consumer():
    item = q.get()
    with open("log.txt", "w") as f:
        f.write(f"got {item}\\n")
    done.set()
t = threading.Thread(target=consumer, name="consumer")
t.start()
time.sleep(0.01)
q.put("a")
q.put("b")
q.put("c")
done.wait()
`

/** Every kind of visible primitive, each in a state worth showing; it ends with the main thread taking its own lock. */
export const everyPrimitive = `import threading, queue, time
lock = threading.Lock()
rlock = threading.RLock()
sem = threading.BoundedSemaphore(3)
cond = threading.Condition()
ready = threading.Event()
barrier = threading.Barrier(3)
q = queue.Queue()
def waiter():
    with cond:
        cond.wait()
def at_barrier():
    barrier.wait()
def on_event():
    ready.wait()
with rlock:
    with rlock:
        sem.acquire()
        lock.acquire()
        q.put(1)
        q.put("two")
        threads = [threading.Thread(target=f, name=f.__name__) for f in (waiter, at_barrier, on_event)]
        for t in threads:
            t.start()
        time.sleep(0.01)
        lock.acquire()
`
