# SystemExit is a BaseException: except Exception does not catch it, except SystemExit does.
import sys

try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit, code =", e.code, "args =", e.args)
try:
    try:
        sys.exit("text message")
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException caught:", type(e).__name__, repr(e.code))
for value in (None, 0, True, 2.5, [1]):
    try:
        sys.exit(value)
    except SystemExit as e:
        print(repr(value), "->", repr(e.code))
try:
    exit_code = 7
    raise SystemExit
except SystemExit as e:
    print("bare class:", e.code, e.args)
print("finally exiting with None")
sys.exit(None)
