# An exception in a finally block replaces the one in flight (shown as context).
def process(items):
    handle = {"open": True}
    try:
        return items[10]
    finally:
        handle["open"] = False
        print("closing", handle)
        if len(items) < 10:
            handle["missing"]


print(process(list(range(20))))
print(process([1, 2]))
