# A bare re-raise keeps the original traceback line; the handler's output comes first.
import sys


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("logging:", e, file=sys.stderr)
    print("re-raising", type(e).__name__)
    raise
