# Bare raise re-raises the active exception; raise inside except chains a new one.
def risky(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 2


def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("  wrapper logs and re-raises")
        raise


for n in (4, -1):
    try:
        print("result", wrapper(n))
    except ValueError as e:
        print("caught at top:", e, "| args:", e.args)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def handler():
    try:
        raise KeyError("first")
    except KeyError as first:
        try:
            raise IndexError("second")
        except IndexError:
            pass
        raise


try:
    handler()
except KeyError as e:
    print("re-raised the right one:", repr(e))
saved = None
try:
    raise OSError("keep me")
except OSError as e:
    saved = e
try:
    raise saved
except OSError as e:
    print("raised saved instance:", e, e is saved)
try:
    raise ValueError
except ValueError as e:
    print("raised a class:", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
