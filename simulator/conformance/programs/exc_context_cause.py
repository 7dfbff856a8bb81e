# __context__, __cause__ and __suppress_context__ as set by the interpreter.
def capture(func):
    try:
        func()
    except Exception as e:
        return e


def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")


def explicit():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e


def suppressed():
    try:
        [].pop()
    except IndexError:
        raise TypeError("clean") from None


def cause_without_context():
    raise OSError("direct") from KeyError("unrelated")


def nested_chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as first:
            raise KeyError("second") from first
    except KeyError:
        raise LookupError("third")


for func in (implicit, explicit, suppressed, cause_without_context, nested_chain):
    e = capture(func)
    chain = []
    link = e
    while link is not None:
        chain.append(repr(link))
        link = link.__cause__ or link.__context__
    print(func.__name__, "|", repr(e.__cause__), "|", repr(e.__context__), "|", e.__suppress_context__)
    print("   chain:", " <- ".join(chain))
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs while ValueError propagates")
except ValueError as e:
    print("context of propagated:", e.__context__)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise a
except ValueError as e:
    print("re-raise same object, context:", e.__context__)
