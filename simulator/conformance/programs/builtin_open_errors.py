# Errors from open() and file objects.
path = "builtin_open_errors_scratch.txt"
try:
    open("builtin_open_errors_does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, "| errno:", e.errno, "| filename:", e.filename)
try:
    open(path, "rw")
except ValueError as e:
    print("ValueError:", e)
f = open(path, "w")
f.write("data")
f.close()
try:
    f.write("more")
except ValueError as e:
    print("ValueError:", e)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__ + ":", e)
with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__ + ":", e)
    try:
        f.write(42)
    except TypeError as e:
        print("TypeError:", e)
try:
    with open(path, "x") as f:
        pass
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
print(issubclass(FileNotFoundError, OSError), issubclass(IsADirectoryError, OSError))
