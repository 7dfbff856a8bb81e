# threading.excepthook replaced by a user function: it receives ExceptHookArgs; a hook that raises is reported as
# "Exception in threading.excepthook:"; restoring threading.__excepthook__ brings back the default output.
import threading

seen = []


def my_hook(args):
    seen.append(args.exc_type.__name__)
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name, args.exc_traceback is not None)
    print("hook runs in", threading.current_thread().name)
    print("fields:", args.exc_type is type(args.exc_value), len(args))


def fail(message):
    raise LookupError(message)


threading.excepthook = my_hook
t = threading.Thread(target=fail, args=("first",), name="one")
t.start()
t.join()


class Named(threading.Thread):
    def run(self):
        raise ZeroDivisionError("second")


n = Named(name="two")
n.start()
n.join()


def broken_hook(args):
    print("broken hook called for", args.thread.name)
    raise TypeError("the hook itself failed")


threading.excepthook = broken_hook
t = threading.Thread(target=fail, args=("third",), name="three")
t.start()
t.join()

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=fail, args=("fourth",), name="four")
t.start()
t.join()
print("seen:", seen)
print("default restored:", threading.excepthook is threading.__excepthook__)
