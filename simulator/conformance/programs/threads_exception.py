# An uncaught exception in a thread is printed by threading.excepthook; the program goes on.
import threading


def fail(n):
    return 10 // n


def boom():
    fail(0)


t = threading.Thread(target=boom)
t.start()
t.join()
print("main continues", t.is_alive())
