# split, rsplit, splitlines, partition and rpartition.
line = "  alpha beta\tgamma\n delta  "
print(line.split())
print(line.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("one two three four".split(None, 2), "one two three four".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "a--b--c".split("--"))
print("2024-01-15".split("-"), [int(p) for p in "10:20:30".split(":")])
text = "first\nsecond\r\nthird\rfourth\n\nsixth"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("no newline".splitlines(), "".splitlines(), "trailing\n".splitlines(), "trailing\n".split("\n"))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
url = "https://example.org/path/to/page.html"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
directory, _, filename = path.rpartition("/")
print(scheme, host, path, directory, filename, filename.rsplit(".", 1))
csv = "name,age,city\nann,31,oslo\nbob,25,rome"
rows = [r.split(",") for r in csv.splitlines()]
header, *records = rows
print([dict(zip(header, r)) for r in records])
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
