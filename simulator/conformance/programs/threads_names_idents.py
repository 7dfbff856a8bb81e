# Default names (Thread-N (target)), explicit names, subclasses, current_thread and main_thread.
import threading


def work():
    me = threading.current_thread()
    print("in", me.name, me is threading.main_thread(), me.ident == threading.get_ident())


class Worker(threading.Thread):
    def run(self):
        print("run of", self.name, self.daemon)


t1 = threading.Thread(target=work)
t2 = threading.Thread(target=work, name="custom")
t3 = Worker()
t4 = threading.Thread(target=lambda: print("lambda in", threading.current_thread().name))
print(t1.name, "|", t2.name, "|", t3.name, "|", t4.name)
print(repr(t1).split(",")[0], t1.ident, t1.is_alive())
for t in (t1, t2, t3, t4):
    t.start()
    t.join()
print(threading.current_thread().name, threading.main_thread().name)
print([t.name for t in threading.enumerate()])
try:
    t1.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print("RuntimeError:", e)
