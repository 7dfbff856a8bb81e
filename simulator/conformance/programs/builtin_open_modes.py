# open() modes, newlines, binary files, seek/tell and the errors io raises.
path = "builtin_open_modes_scratch.txt"
with open(path, "w", newline="") as f:
    print(f.write("a\r\nb\rc\nd"), f.mode, f.encoding, f.name, f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(f.readlines())
with open(path, newline="\r\n") as f:
    print(f.readlines())
with open(path, "rb") as f:
    data = f.read()
    print(data, f.tell(), f.mode, type(f).__name__)
with open(path) as f:
    print(repr(f.readline()), f.tell(), repr(f.read(1)))
    f.seek(0)
    print(repr(f.read(3)), f.seek(0, 2), repr(f.read()))
    for whence, offset in [(1, 1), (2, -1), (3, 0)]:
        try:
            f.seek(offset, whence)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
with open(path, "w", encoding="utf-8") as f:
    f.write("café\n")
    f.write("naïve\n")
with open(path, encoding="utf-8") as f:
    print(f.readline(), f.tell(), f.read())
with open(path, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.write("appended\n")
    f.seek(0)
    print(f.read().splitlines())
with open(path, "r+") as f:
    f.write("CAF")
    f.seek(0)
    print(repr(f.readline()))
with open(path, "wb") as f:
    print(f.write(b"\xff\xfe bytes"), type(f).__name__)
try:
    open(path).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(repr(open(path, errors="replace").read()), repr(open(path, encoding="latin-1").read()))
with open(path, "rb+") as f:
    print(type(f).__name__, f.read(2), f.seek(-5, 2), f.read())
for mode in ["rt+b", "rr", "q", "", "+", "rw", "xa", "bt"]:
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), e)
for kwargs in [{"encoding": "no-such-codec"}, {"mode": "rb", "encoding": "utf-8"}, {"newline": "x"}, {"buffering": 0}]:
    try:
        open(path, **kwargs)
    except (LookupError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [5.5, None]:
    try:
        open(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    open("builtin_open_modes_missing/inner.txt", "w")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.strerror, e.filename)
f = open(path, "w")
f.close()
for action in [lambda: f.write("x"), lambda: f.read(), lambda: next(f), lambda: f.tell()]:
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
with open(path, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
    print(f.writable(), f.readable(), f.seekable())
with open(path, "w") as f:
    print(f.writelines(["one\n", "two\n"]), f.truncate(), f.tell())
print(open(path).readlines(), list(open(path, "rb")))
