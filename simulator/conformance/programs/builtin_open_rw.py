# open(): write, read, append, readlines, iteration and with, on a scratch file in the current folder.
path = "builtin_open_rw_scratch.txt"
with open(path, "w", encoding="utf-8") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    print("wrote", n, "characters first; closed inside with:", f.closed)
print("closed after with:", f.closed)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, "a", encoding="utf-8") as f:
    f.write("third line\nno newline at end")
with open(path, encoding="utf-8") as f:
    print(f.readlines())
with open(path, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line.rstrip("\n")))
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(5)), repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
f = open(path, "w", encoding="utf-8")
f.write("café ☕\n")
f.writelines(["a\n", "b\n"])
f.close()
with open(path, encoding="utf-8") as f:
    lines = [line.strip() for line in f]
print(lines, len(lines))
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    print("x", 1, sep=",", file=f)
    print("y", 2, sep=",", file=f)
with open(path) as f:
    print(dict(line.strip().split(",") for line in f))
