# raise ... from ..., implicit chaining, and suppression with from None.
class ConfigError(Exception):
    pass


def load(key, table):
    try:
        return table[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


def parse(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("bad number " + text)


def quiet(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("quiet failure") from None


for action in (lambda: load("port", {}), lambda: parse("x1"), lambda: quiet("y2")):
    try:
        action()
    except ConfigError as err:
        print("error:", err)
        print("  cause:", repr(err.__cause__))
        print("  context:", repr(err.__context__))
        print("  suppress_context:", err.__suppress_context__)
err = RuntimeError("manual")
err.__cause__ = ValueError("set by hand")
print(repr(err.__cause__), err.__suppress_context__)
try:
    raise TypeError("outer") from ValueError("inner")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise KeyError("k") from 42
except TypeError as e:
    print("TypeError:", e)
