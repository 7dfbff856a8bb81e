# Case conversion and padding methods.
words = ["hello world", "HELLO", "hELLo wORLD", "it's a dog's life", "123abc def", "ß straße", "ǅ title"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), sep=" | ")
s = "cat"
print(repr(s.center(9)), repr(s.center(8, "*")), repr(s.center(2)), repr(s.ljust(6, ".")), repr(s.rjust(6)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print("Python".center(20, "=").upper())
table = [("id", "name", "score"), ("1", "ann", "93"), ("22", "bob", "7")]
for row in table:
    print("|" + row[0].rjust(4) + " | " + row[1].ljust(6) + " | " + row[2].center(7) + "|")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("MiXeD".lower() == "mixed", "straße".upper(), "İ".lower(), len("İ".lower()))
