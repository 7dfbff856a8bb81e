# Order of except/finally blocks across nested calls while an exception unwinds.
log = []


def level3():
    try:
        log.append("level3 start")
        raise KeyError("deep")
    finally:
        log.append("level3 finally")


def level2():
    try:
        level3()
    except IndexError:
        log.append("level2 wrong handler")
    finally:
        log.append("level2 finally")


def level1():
    try:
        level2()
    except LookupError as e:
        log.append(f"level1 handled {e!r}")
        return "recovered"
    finally:
        log.append("level1 finally")


print(level1())
for entry in log:
    print(" ", entry)


def generator_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")


for value in generator_cleanup():
    print("got", value)
    if value == 1:
        break
print("after loop")


def exception_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")


try:
    exception_in_finally()
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
