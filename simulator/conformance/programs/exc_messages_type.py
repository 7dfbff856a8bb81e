# Messages of common TypeErrors.
def f():
    pass


class Thing:
    pass


nothing, five, one, text = None, 5, 1, "text"


cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + "a",
    lambda: None + 1,
    lambda: 1 - None,
    lambda: "a" - "b",
    lambda: -"a",
    lambda: ~1.5,
    lambda: nothing[0],
    lambda: five[0],
    lambda: f()["key"],
    lambda: Thing()[0],
    lambda: one(2),
    lambda: text(),
    lambda: len(5),
    lambda: len(Thing()),
    lambda: iter(5),
    lambda: [x for x in 10],
    lambda: {[1]: 2},
    lambda: hash({}),
    lambda: sorted([1, None]),
    lambda: "abc"[1] == 1 or "x" < 3,
    lambda: int([1]),
    lambda: "".join([1]),
    lambda: "%d" % "x",
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: max(1),
    lambda: ord("ab"),
    lambda: Thing() < Thing(),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: object().x,
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except (TypeError, AttributeError) as e:
        print(i, type(e).__name__ + ":", e)
