# sys.exit() or SystemExit in a thread ends only that thread, silently; an exception in a Timer's function is
# reported by threading.excepthook with the Timer's frames.
import sys
import threading


def leave(code):
    print("leaving with", code)
    sys.exit(code)
    print("not reached")


for code in (0, 3, "message"):
    t = threading.Thread(target=leave, args=(code,))
    t.start()
    t.join()
    print("joined", t.name, t.is_alive())


def divide(a, b):
    print("timer divides", a, b)
    return a / b


timer = threading.Timer(0.05, divide, args=(1, 0))
timer.start()
timer.join()
exiting = threading.Timer(0.01, sys.exit, args=(5,))
exiting.start()
exiting.join()
print("main still here")
