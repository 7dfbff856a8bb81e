# The errors of Thread's life cycle, with CPython's messages, and the states repr() shows.
import threading
import time


class NoInit(threading.Thread):
    def __init__(self):
        pass


def work():
    time.sleep(0.05)


t = threading.Thread(target=work, name="worker")
print(repr(t))
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
try:
    t.join(0.1)
except RuntimeError as e:
    print("join(0.1) before start:", e)
t.start()
print(repr(t).replace(str(t.ident), "IDENT"))
try:
    t.start()
except RuntimeError as e:
    print("start twice while running:", e)
t.join()
print(repr(t).replace(str(t.ident), "IDENT"))
try:
    t.start()
except RuntimeError as e:
    print("start after the end:", e)


def join_myself():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("join self in a thread:", e)


s = threading.Thread(target=join_myself)
s.start()
s.join()
try:
    threading.main_thread().join()
except RuntimeError as e:
    print("join main from main:", e)

bad = NoInit()
for action in (bad.start, bad.join):
    try:
        action()
    except RuntimeError as e:
        print(action.__name__, "without __init__:", e)
try:
    bad.name
except AssertionError as e:
    print("name without __init__:", e)
try:
    repr(bad)
except AssertionError as e:
    print("repr without __init__:", e)
try:
    bad.is_alive()
except AssertionError as e:
    print("is_alive without __init__:", e)

d = threading.Thread(target=work, daemon=True)
print(repr(d))
