# KeyError and IndexError messages and reprs.
data = {"a": 1}
items = [10, 20]
word = "hi"
tup = (1,)
cases = [
    lambda: data["b"],
    lambda: data[("x", 1)],
    lambda: data[None],
    lambda: data[3.5],
    lambda: items[2],
    lambda: items[-3],
    lambda: word[5],
    lambda: tup[1],
    lambda: range(3)[3],
    lambda: b"x"[1],
    lambda: [].pop(),
    lambda: [1].pop(3),
    lambda: set().pop(),
    lambda: {}.popitem(),
    lambda: items.index(99),
    lambda: word.index("z"),
    lambda: "".join(sorted([]))[0],
    lambda: [[1, 2]][0][2],
    lambda: {"k": {}}["k"]["inner"],
]
for i, case in enumerate(cases):
    try:
        case()
    except LookupError as e:
        print(i, type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
    except ValueError as e:
        print(i, "ValueError |", e)


def lookup(table, *path):
    node = table
    for part in path:
        node = node[part]
    return node


config = {"server": {"ports": [80, 443]}}
for path in (("server", "ports", 1), ("server", "ports", 2), ("server", "host"), ("client",)):
    try:
        print(path, "->", lookup(config, *path))
    except (KeyError, IndexError) as e:
        print(path, "->", type(e).__name__, e)
