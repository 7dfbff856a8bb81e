# return/break/continue interacting with finally.
def finally_overrides():
    try:
        return "from try"
    finally:
        return "from finally"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"


def finally_sees_state():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  finally set x =", x)


def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


def nested():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


print(finally_overrides())
print(finally_swallows())
print(finally_sees_state())
print(loop_with_finally())
print(nested())
log = []


def cleanup_order():
    for name in ("a", "b"):
        try:
            log.append("open " + name)
            if name == "b":
                raise KeyError(name)
        finally:
            log.append("close " + name)


try:
    cleanup_order()
except KeyError as e:
    log.append("caught " + repr(e))
print(log)
