# args, str() and repr() of exceptions constructed in different ways.
samples = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    ValueError(""),
    KeyError("k"),
    KeyError("k", "extra"),
    KeyError(),
    IndexError(5),
    OSError(2, "No such file"),
    OSError("plain"),
    FileNotFoundError(2, "No such file or directory", "x.txt"),
    SystemExit(3),
    StopIteration("done"),
    UnicodeError("u"),
    ZeroDivisionError("custom message"),
    RuntimeError(None),
    Exception([1, 2]),
]
for e in samples:
    print(f"{type(e).__name__:<18} args={e.args!r:<36} str={str(e)!r:<36} repr={e!r}")
oe = FileNotFoundError(2, "No such file or directory", "x.txt")
print(oe.errno, oe.strerror, oe.filename, type(oe).__name__)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
si = StopIteration(42)
print(si.value, StopIteration().value)
e = ValueError("mutable args")
e.args = ("changed", 1)
print(e, repr(e))
e.note = "custom attribute"
print(e.note, hasattr(e, "__traceback__"), e.__traceback__)
