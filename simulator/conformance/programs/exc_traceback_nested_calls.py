# Uncaught exception deep in a call chain: every frame appears in the traceback.
def parse_record(line):
    name, age = line.split(",")
    return {"name": name, "age": int(age)}


def load(lines):
    return [parse_record(line) for line in lines]


def main():
    good = load(["ann,31", "bob,25"])
    print(good)
    bad = load(["cyd,40", "dee,unknown"])
    print(bad)


main()
