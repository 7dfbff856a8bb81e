# sys.exit deep inside calls and a with block: __exit__ and finally run, then status 2.
import sys


class Resource:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("release, saw", exc_type.__name__, exc.code)
        return False


def worker(n):
    if n == 2:
        sys.exit(2)
    print("work", n)


with Resource():
    try:
        for i in range(5):
            worker(i)
    finally:
        print("finally in loop")
print("never printed")
