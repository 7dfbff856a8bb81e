# and/or return one of their operands and skip the right side when they can.
def show(v):
    print("  evaluated", repr(v))
    return v


print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or [] or None, "a" and "b" and "c")
print(None or 0, [] and 1 / 0, 1 or 1 / 0, not 0, not "x", not not [1])
print("-- and")
r = show(0) and show("unreached")
print(r)
print("-- or")
r = show("") or show(0) or show("last")
print(r)
print("-- mixed")
r = show(1) and show(0) or show("fallback")
print(r)
r = show(None) or show(2) and show(3)
print(r)


def first_truthy(*items, default="none"):
    for item in items:
        if item:
            return item
    return default


name = ""
print(name or "anonymous", first_truthy(0, "", [], default="nothing"), first_truthy(0, 5, 6))
config = {"debug": 0, "level": 3}
print(config.get("debug") or "off", config.get("missing") or "unset", config.get("level") and "on")
print(type(1 and 2.0).__name__, type([] or ()).__name__, (0 or None) is None)
print([x or -1 for x in [3, 0, 2, None]])
