# Strings are sequences of code points.
s = "naïve café 日本 🐍"
print(len(s), s[2], s[-1], s[11:13], list(s[:5]))
print([ord(c) for c in "aé日🐍"], [chr(n) for n in (65, 233, 26085, 128013)])
print(s.upper(), s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16-le")))
print("é" == "e\u0301", len("e\u0301"), "Straße".lower(), "ǈ".upper(), "ǈ".lower(), "ǈ".istitle())
print(sorted("bäaöz"), sorted(["éclair", "eclair", "zebra", "Zebra", "apple"]))
print(max("hello world"), min("hello world"), "abc" < "abd" < "ab\xe9")
print(chr(0x1F600), hex(ord("€")), "\u20ac" == "€", "€".encode("utf-8"), "€".encode("utf-8").decode("utf-8"))
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("€".encode("ascii", errors="replace"), "€uro".encode("ascii", "ignore"), "café".encode("latin-1"))
for c in "aZ5 _é":
    print(repr(c), ord(c), c.isalpha(), c.isupper(), c.isspace())
