# current_thread, main_thread, enumerate and active_count while threads are blocked, and after they end.
import threading

release = threading.Event()
arrived = threading.Semaphore(0)


def blocked():
    me = threading.current_thread()
    print("started", me.name, me is not threading.main_thread())
    arrived.release()
    release.wait()


print("alone:", threading.active_count(), [t.name for t in threading.enumerate()])
print("main is current:", threading.main_thread() is threading.current_thread())
print("main name:", threading.main_thread().name, threading.main_thread().is_alive())
workers = [threading.Thread(target=blocked, name=f"w{i}") for i in range(3)]
for w in workers:
    w.start()
    arrived.acquire()
print("while blocked:", threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print("all alive:", all(w.is_alive() for w in workers), all(w in threading.enumerate() for w in workers))
idents = {w.ident for w in workers}
print("distinct idents:", len(idents), threading.get_ident() not in idents, threading.main_thread().ident == threading.get_ident())
print("ident types:", type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)
release.set()
for w in workers:
    w.join()
print("after join:", threading.active_count(), [t.name for t in threading.enumerate()])
print("none alive:", any(w.is_alive() for w in workers), any(w in threading.enumerate() for w in workers))
