# Thread subclasses overriding run, args and kwargs, and the default names Thread-N (target).
import functools
import threading


class Counter(threading.Thread):
    def __init__(self, label, times, step=1):
        super().__init__(name=f"counter-{label}")
        self.times = times
        self.step = step
        self.total = 0

    def run(self):
        for _ in range(self.times):
            self.total += self.step
        print(self.name, "counted", self.total, "in", threading.current_thread().name)


class Plain(threading.Thread):
    pass


def greet(greeting, name, *, punct="!"):
    print(f"{greeting}, {name}{punct}", threading.current_thread().name)


c = Counter("a", 5, step=3)
c.start()
c.join()
print("total", c.total, "alive", c.is_alive())

t = threading.Thread(target=greet, args=("Hello", "world"))
print(t.name)
t.start()
t.join()
t = threading.Thread(target=greet, args=["Hi"], kwargs={"name": "you", "punct": "?"})
print(t.name)
t.start()
t.join()
t = threading.Thread(target=lambda: None)
print(t.name)
t = threading.Thread(target=functools.partial(greet, "Hey"))
print(t.name)
t = threading.Thread(target=print, name="")
print(t.name)
t = threading.Thread(target=print, name=42)
print(repr(t.name))
p = Plain()
print(p.name, repr(p))
p.start()
p.join()
print("plain ran nothing", p.is_alive())
t = threading.Thread()
t.start()
t.join()
print(t.name, "without target")
t = threading.Thread(target=greet, args=("Bye",), kwargs={"name": "all"}, name="farewell")
t.start()
t.join()
t.name = "renamed"
print(t.name, t.ident is not None)


class WithArgs(threading.Thread):
    def run(self):
        print("subclass run sees", self._args, self._kwargs)


w = WithArgs(args=(1, 2), kwargs={"k": 3})
w.start()
w.join()
try:
    threading.Thread(group="g")
except AssertionError as e:
    print("AssertionError:", e)
