# Every primitive works as a context manager (released even when the body raises), and their reprs show their
# state (addresses and thread idents removed, as they differ between runs).
import threading


def clean(text):
    while " at 0x" in text:
        start = text.index(" at 0x")
        end = start + len(" at 0x")
        while end < len(text) and text[end] in "0123456789abcdef":
            end += 1
        text = text[:start] + text[end:]
    return text.replace(str(threading.get_ident()), "MAIN")


lock = threading.Lock()
rlock = threading.RLock()
cond = threading.Condition()
cond_lock = threading.Condition(threading.Lock())
sem = threading.Semaphore(2)
bsem = threading.BoundedSemaphore(3)
event = threading.Event()
barrier = threading.Barrier(2)

for name, primitive in (("lock", lock), ("rlock", rlock), ("cond", cond), ("cond_lock", cond_lock), ("sem", sem), ("bsem", bsem)):
    print(name, "before:", clean(repr(primitive)))
    with primitive as entered:
        print(name, "inside:", entered, clean(repr(primitive)))
    try:
        with primitive:
            raise ValueError(name)
    except ValueError as e:
        print(name, "after error:", e, clean(repr(primitive)))

with rlock:
    with rlock:
        print("rlock twice:", clean(repr(rlock)))
print("event:", clean(repr(event)))
event.set()
print("event set:", clean(repr(event)))
print("barrier:", clean(repr(barrier)))
barrier.abort()
print("barrier aborted:", clean(repr(barrier)))
lock.acquire()
print("held lock:", clean(repr(lock)), lock.locked())
lock.release()
print("types:", type(lock).__name__, type(rlock).__name__, type(cond).__name__, type(sem).__name__, type(event).__name__)
print("modules:", type(lock).__module__, type(rlock).__module__, type(cond).__module__, type(barrier).__module__)
