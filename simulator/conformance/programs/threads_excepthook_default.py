# threading.excepthook's default output for exceptions escaping threads: targets, subclasses overriding run,
# chained exceptions, explicit names; each thread's error is printed and the others go on.
import threading


def parse(text):
    return int(text)


def convert(items):
    return [parse(x) for x in items]


class Faulty(threading.Thread):
    def run(self):
        data = {"a": 1}
        print("faulty runs")
        data["b"]


def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e


def empty_error():
    raise ValueError


for t in (
    threading.Thread(target=convert, args=(["1", "x"],)),
    Faulty(),
    threading.Thread(target=chained, name="chain"),
    threading.Thread(target=empty_error),
):
    t.start()
    t.join()
    print(t.name, "ended, alive:", t.is_alive())
print("main done")
