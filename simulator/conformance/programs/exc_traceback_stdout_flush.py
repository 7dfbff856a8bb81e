# Output printed before a crash reaches stdout; the traceback goes to stderr; exit status is 1.
import sys

print("line 1 to stdout")
print("line 2 to stderr", file=sys.stderr)
sys.stdout.write("partial line without newline")
numbers = [1, 2, 3]
print(numbers[3])
