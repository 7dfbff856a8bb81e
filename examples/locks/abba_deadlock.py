# Two threads take the same two locks in opposite orders (A then B, B then A).
# If each gets its first lock before the other gets its second, both wait forever: a deadlock.
# Whether that happens depends on where the GIL switches threads, so most runs end normally.
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()


def transfer(name, first, second):
    for _ in range(1000):
        with first:
            with second:
                pass
    print(f"{name} done")


t1 = threading.Thread(target=transfer, args=("t1", lock_a, lock_b))
t2 = threading.Thread(target=transfer, args=("t2", lock_b, lock_a))
t1.start()
t2.start()
t1.join()
t2.join()
print("no deadlock this time")
