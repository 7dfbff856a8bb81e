# find/rfind/index/rindex/count/startswith/endswith and the in operator.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("o"), s.find("o", 20, 30))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.startswith(("a", "b", "t")), "".startswith(""), "abc".endswith(""), s.endswith("lazy", 0, 39))
print("fox" in s, "Fox" in s, "" in s, "z" not in "abc")
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)


def find_all(text, sub):
    positions = []
    start = text.find(sub)
    while start != -1:
        positions.append(start)
        start = text.find(sub, start + 1)
    return positions


print(find_all(s, "o"), find_all("banana", "ana"), find_all("banana", "x"))
filenames = ["report.pdf", "photo.JPG", "notes.txt", "archive.tar.gz", "image.png"]
print([f for f in filenames if f.lower().endswith((".jpg", ".png"))])
print(sorted(filenames, key=lambda f: f.rfind(".")))
