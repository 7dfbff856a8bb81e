# NameError and UnboundLocalError messages when caught (no suggestions in str()).
def uses_undefined():
    return undefined_variable + 1


def reads_before_assign():
    total += 1
    total = 0


def conditional(flag):
    if flag:
        value = "set"
    return value


def deleted():
    temp = 1
    del temp
    return temp


count = 0


def reads_global_then_local():
    print(count)
    count = 1


for func, args in [(uses_undefined, ()), (reads_before_assign, ()), (conditional, (True,)), (conditional, (False,)),
                   (deleted, ()), (reads_global_then_local, ())]:
    try:
        print(func.__name__, "->", func(*args))
    except NameError as e:
        print(func.__name__, "->", type(e).__name__ + ":", e, "| name:", e.name)
try:
    print(lenn("abc"))
except NameError as e:
    print("NameError:", e, "| name:", e.name)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
print(issubclass(UnboundLocalError, NameError))
