# __repr__ vs __str__: print, str(), repr(), containers, f-strings, format().
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class Both:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Both({self.name!r})"

    def __str__(self):
        return f"<{self.name}>"


class OnlyStr:
    def __str__(self):
        return "only-str"


o, b = OnlyRepr(), Both("x")
print(o, str(o), repr(o), [o])
print(b, str(b), repr(b), [b], (b,), {b.name: b}, f"{b} {b!r}", "%s %r" % (b, b), format(b), "{}".format(b))
print(OnlyStr(), str(OnlyStr()), f"{OnlyStr()}", repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
print(str([1, "a"]), repr("a"), str("a"), repr(1.5), str(None), repr([None, True]))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, list(children)

    def __repr__(self):
        if not self.children:
            return f"Tree({self.value!r})"
        return f"Tree({self.value!r}, {', '.join(map(repr, self.children))})"

    def __str__(self, indent=0):
        lines = ["  " * indent + str(self.value)]
        lines += [child.__str__(indent + 1) for child in self.children]
        return "\n".join(lines)


t = Tree("root", Tree("a", Tree("a1")), Tree("b"))
print(repr(t))
print(t)
