# print(): sep, end, file, flush, and multiple/zero arguments.
import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, "s", sep=" | ")
print("no newline", end="")
print(" <- continued", end="\n\n")
print(*range(5), sep="-")
print(*[], sep="x", end="[empty star]\n")
print("to stderr", 42, file=sys.stderr)
print("flushed", flush=True)
print("x", "y", sep=None, end=None)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me")
print()
print("write returned", n)
sys.stderr.write("stderr via write\n")
print("multi\nline", "text", sep="\n---\n")
print("tab\tseparated", "é ü 日本", "\u2713")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
