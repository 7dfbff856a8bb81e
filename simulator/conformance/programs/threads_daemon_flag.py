# The daemon flag: default, explicit, inherited from the creating thread, frozen once started; daemon threads
# still running when the main thread ends are stopped without finishing.
import threading
import time

print("main daemon:", threading.current_thread().daemon)
children = {}


def spawn_child(label):
    child = threading.Thread(target=lambda: None)
    children[label] = child.daemon
    explicit = threading.Thread(target=lambda: None, daemon=False)
    children[label + " explicit"] = explicit.daemon


d = threading.Thread(target=spawn_child, args=("from daemon",), daemon=True)
n = threading.Thread(target=spawn_child, args=("from normal",))
print("flags before start:", d.daemon, n.daemon)
print(repr(d), repr(n))
d.start()
n.start()
d.join()
n.join()
for label in sorted(children):
    print(label, children[label])

t = threading.Thread(target=time.sleep, args=(0.05,))
t.daemon = True
print("set before start:", t.daemon)
t.start()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
print("still daemon:", t.daemon)


def forever():
    print("daemon sleeping")
    time.sleep(10)
    print("never printed")


def finisher():
    time.sleep(0.1)
    print("non-daemon finishes after main")


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=finisher).start()
time.sleep(0.02)
print("main ends")
