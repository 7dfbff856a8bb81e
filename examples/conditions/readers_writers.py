# Readers–writers: many readers may read the shared data at once, but a writer needs it to itself.
# The lock below counts the active readers and lets a writer in only when there are none (readers first).
# Reader 3 arrives after the writer, yet reads before it: while readers keep coming, a writer may starve.
import threading
import time


class ReadWriteLock:
    def __init__(self):
        self.readers = 0
        self.writing = False
        self.changed = threading.Condition()

    def start_reading(self):
        with self.changed:
            while self.writing:
                self.changed.wait()
            self.readers += 1

    def stop_reading(self):
        with self.changed:
            self.readers -= 1
            self.changed.notify_all()

    def start_writing(self):
        with self.changed:
            while self.writing or self.readers > 0:
                self.changed.wait()
            self.writing = True

    def stop_writing(self):
        with self.changed:
            self.writing = False
            self.changed.notify_all()


rw = ReadWriteLock()


def reader(name, arrives_after):
    time.sleep(arrives_after)
    rw.start_reading()
    print(f"{name} reads ({rw.readers} reading)")
    time.sleep(0.2)
    print(f"{name} is done")
    rw.stop_reading()


def writer(name, arrives_after):
    time.sleep(arrives_after)
    print(f"{name} wants to write")
    rw.start_writing()
    print(f"{name} writes")
    time.sleep(0.1)
    print(f"{name} is done")
    rw.stop_writing()


threads = [
    threading.Thread(target=reader, args=("reader 1", 0.0)),
    threading.Thread(target=reader, args=("reader 2", 0.05)),
    threading.Thread(target=writer, args=("writer", 0.1)),
    threading.Thread(target=reader, args=("reader 3", 0.15)),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
