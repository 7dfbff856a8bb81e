# A Timer fires after its interval unless cancelled; daemon threads do not keep the program alive.
import threading
import time

fired = []
t1 = threading.Timer(0.05, lambda: fired.append("first"))
t2 = threading.Timer(0.05, lambda: fired.append("second"))
print(t1.name, t2.name)
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired)


def forever():
    while True:
        time.sleep(0.01)


d = threading.Thread(target=forever, daemon=True)
d.start()
print("daemon alive:", d.is_alive(), d.daemon)
time.sleep(0.03)
print("main ends")
