# Subclasses of str: instances keep their class and behave as the str they hold.


class S(str):
    def shout(self):
        return self.upper() + "!"


s = S("hi")
print(type(s).__name__, s.shout(), isinstance(s, str), s + "x", repr(s))
print(type(S()).__name__, repr(S()), type(S(12)).__name__, S(12), S(b"ab", "ascii"))
print(type(str(s)).__name__, str(s), type(s.upper()).__name__, type(s[0]).__name__, type(s[:]).__name__)
print(s == "hi", "hi" == s, s != "ho", s < "hj", "ha" < s, s >= S("hi"), s is not S("hi"))
print("x" + s, s + "x", s * 2, 2 * s, type(s + "").__name__)
print(len(s), list(s), s[1], s[::-1], s[-1], [c for c in S("abc")])
print("".join([s, S("!")]), "-".join(S("abc")), S(",").join(["a", "b"]))
print(s in "ohio", "h" in s, S("i") in s, "z" in s)
print(s.startswith(S("h")), "hey".startswith(s[0]), "hello".startswith((S("x"), S("he"))), s.endswith(S("i")))
print(s.find(S("i")), "shin".find(s), "a,b".split(S(",")), s.replace(S("h"), S("H")), "hi hi".count(s))
print(s.center(6, S("*")), S("a b").split(), s.partition(S("i")), s.strip(S("h")), S("  x ").strip())
print("%s|%r|%5s" % (s, s, s), "%s" % s, S("%d-%s") % (3, "x"), type(S("%s") % 1).__name__)
print("{}|{!r}|{:>4}".format(s, s, s), f"{s}|{s!r}|{s:^6}|", format(s, ">5"), S("{0}{0}").format(1))
print(hash(s) == hash("hi"), {S("a"): 1}["a"], {"a": 1}[S("a")], S("a") in {"a"}, "a" in {S("a")})
d = {"k": 1}
d[S("k")] = 2
print(d, len(d), type(list(d)[0]).__name__)
print(sorted([S("b"), "a", S("c")]), max(S("a"), "b"), min([S("z"), S("y")]))
print(int(S("12")), float(S("1.5")), int(S(" 7 ")), int(S("ff"), 16), complex(S("1+2j")))
print(str(s), repr(s), ascii(S("é")), [s], (s,), {s: s})
print(s)
print(s.__class__ is S, S.__mro__[1] is str, issubclass(S, str), type(s) is str)
s.tag = 5
print(s.tag, s.__dict__, vars(s))
print(s.isalpha(), S("12").isdigit(), s.title(), s.encode(), s.zfill(4), s.casefold())
print(sorted(set(S("abca"))), bool(S("")), bool(s), S("a") if S("") else "empty")
print(tuple(map(type, [S("q").lower(), S("q")[0], S("q") + "", S("q") * 1, str(S("q"))])))
print(ord(S("A")), chr(66) + S("C"), getattr(s, S("shout"))(), s.__len__(), str.upper(s))


class Loud(str):
    def __str__(self):
        return "LOUD " + self.upper()

    def __repr__(self):
        return "Loud(" + str.__repr__(self) + ")"

    def __len__(self):
        return 99


q = Loud("quiet")
print(q, str(q), repr(q), [q], len(q), f"{q}", "%s %r" % (q, q), str.__str__(q), str.__len__(q))
print(q + "!", q == "quiet", q.upper(), type(q).__name__)


class Folded(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def __add__(self, other):
        return Folded(str.__add__(self, other) + "+")


f = Folded("ABC")
print(f == "abc", "abc" == f, f != "abc", f + "d", type(f + "d").__name__, {f: 1}.get("abc"))


class Init(str):
    def __new__(cls, value, extra):
        obj = super().__new__(cls, value * 2)
        obj.extra = extra
        return obj


i = Init("ab", 3)
print(i, i.extra, type(i).__name__, len(i), i.count("a"))


class Named(str):
    __slots__ = ()

    @property
    def first(self):
        return self[0]


n = Named("xyz")
print(n.first, n.upper(), hasattr(n, "__dict__"), isinstance(n, Named))


class Sub(S):
    pass


t = Sub("deep")
print(t.shout(), type(t).__name__, isinstance(t, S), t == "deep", t in ["deep"], ["deep"].index(t))
print(str.__new__(S, "direct"), type(str.__new__(S, "direct")).__name__, S.__new__(S, "x") + "y")
print(s.__getnewargs__(), s.format_map({}))


class P(str):
    pass


class R(str):
    def __radd__(self, other):
        return "radd:" + other

    def __rmul__(self, other):
        return "rmul"


p = P("abc")
print("x" + R("y"), R("y") + "x", 3 * R("q"))


def f(**kw):
    return kw


print(f(**{P("a"): 1}))
print(bytes(P("é"), "utf-8"), "é".encode(P("utf-8")), bytes.fromhex(P("41 42")), b"AB".hex(P(":")))
print(bytearray(P("x"), P("ascii")))
try:
    sum([P("a")], P(""))
except TypeError as e:
    print(e)
print(type(P("N"), (), {}).__name__)
e = ValueError("x")
e.add_note(P("note"))
print(e.__notes__)
print("%c|%s|%r|%a" % (P("x"), P("y"), P("z"), P("é")))
print("%(k)s" % {P("k"): 1}, "%(k)s" % {"k": P("v")})
print(P("abc") == P("abc"), P("a") < P("b"), P("b") > "a", sorted({P("b"): 1, "a": 2}))
print(len(P("hé")), P("hé")[1], list(reversed(P("ab"))), P("ab").__iter__().__next__())
print(P("a,b").split(","), "a-b".split(P("-")), P("x").__str__(), type(P("x").__str__()).__name__)
x = P("v")
x += "w"
print(x, type(x).__name__)
print(str(P("x")) is not None, P("aXb").lower(), P(" a ").strip() == "a")
print(f"{P('q'):>3}", "{0!s:3}|".format(P("q")), format(P("q")))
print(int(P("1_0")), float(P("inf")), hash(P("")) == hash(""))
print({P("a"), "a"}, len({P("a"), "a"}), dict.fromkeys([P("a"), "a"]))
print(P("hello").title(), P("ab").center(6, "*"), P("x").ljust(3, P("-")), P("%s!") % P("w"))
print(getattr(P, "shout", None), hasattr(p, P("upper")), P.upper(p), P.__len__(p))
print(max([P("a"), P("c"), P("b")]), type(max([P("a"), P("c")])).__name__)
print(any(P("")), all([P("a")]), list(map(str.upper, [P("a")])), P("").join([]))
print(p.__class__.__name__, isinstance(p, (int, str)), p.__class__.__mro__)
print(p.__repr__(), p.__format__(""), p.__format__(">4"), p.__contains__("b"), p.__getitem__(0))
print(p.__eq__("abc"), p.__lt__(1), p.__add__(P("d")), p.__mul__(2), p.__mod__(()))
