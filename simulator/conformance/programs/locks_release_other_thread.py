# A Lock may be released by another thread; an RLock may not.
import threading
import time

lock = threading.Lock()
rlock = threading.RLock()
lock.acquire()
rlock.acquire()


def releaser():
    lock.release()
    print("lock released by", threading.current_thread().name)
    try:
        rlock.release()
    except RuntimeError as e:
        print("rlock:", e)


t = threading.Thread(target=releaser, name="helper")
t.start()
t.join()
print("lock locked:", lock.locked())
rlock.release()
