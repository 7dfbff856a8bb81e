# Three threads greet in turn, or not quite in turn: the GIL decides who runs when.
import threading


def greet(name, times):
    for i in range(times):
        print(f"hello from {name} ({i + 1}/{times})")


threads = [threading.Thread(target=greet, args=(f"thread-{n}", 3)) for n in range(3)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("all threads finished")
