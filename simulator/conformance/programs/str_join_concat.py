# join, concatenation, repetition, immutability and the errors around them.
words = ["red", "green", "blue"]
print(", ".join(words), "".join(words), "-".join("abc"), " ".join(reversed(words)), "\n".join(words[:2]))
print(", ".join(str(n) for n in range(5)), "+".join([]), "x".join(["only"]))
print("ab" + "cd", "ab" * 3, 3 * "-", "" * 100, "x" * 0, "y" * -2, "a" "b" "c")
s = "hello"
print(s[0], s[-1], s[1:3], len(s), s + "!" * 3)
parts = []
for i in range(3):
    parts.append(f"<{i}>")
print("".join(parts))
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    print(", ".join(["a", 1, "b"]))
except TypeError as e:
    print("TypeError:", e)
try:
    print("age: " + 42)
except TypeError as e:
    print("TypeError:", e)
try:
    print(42 + "age")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * "b")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError:", e)
print("H" + s[1:], s.replace("h", "J"), s is s[:], s == "hel" + "lo")
banner = "=" * 10 + " " + "TITLE" + " " + "=" * 10
print(banner, len(banner))
