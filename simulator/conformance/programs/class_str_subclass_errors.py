# Errors around str subclasses: messages name the subclass where CPython does.


class S(str):
    pass


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", repr(result))


s = S("abc")
attempt("add int", lambda: s + 1)
attempt("radd int", lambda: 1 + s)
attempt("lt int", lambda: s < 1)
attempt("gt none", lambda: None > s)
attempt("ord", lambda: ord(s))
attempt("int", lambda: int(s))
attempt("float", lambda: float(S("x1")))
attempt("index", lambda: s[5])
attempt("key", lambda: {}[S("zz")])
attempt("decode", lambda: S(b"\xff", "ascii"))
attempt("join", lambda: "".join([s, 1]))
attempt("attr", lambda: s.missing)
attempt("setattr slot", lambda: setattr(S.__mro__[1]("x"), "y", 1))
attempt("in int", lambda: 1 in s)
attempt("mul float", lambda: s * 1.5)
attempt("format", lambda: format(s, "d"))
attempt("percent", lambda: S("%d") % "x")
attempt("split empty", lambda: s.split(S("")))
attempt("not subtype", lambda: str.__new__(int, "x"))
attempt("new no args", lambda: str.__new__())
attempt("new not type", lambda: str.__new__(5))
attempt("format spec", lambda: format(s, ">5") + f"{s:<4}|" + "{:^5}".format(s))
attempt("hash ok", lambda: hash(s) == hash("abc"))
attempt("getattr name", lambda: getattr(s, S("upper"))())
attempt("center fill", lambda: s.center(7, S("ab")))
attempt("startswith", lambda: s.startswith([S("a")]))
attempt("percent d", lambda: "%d" % S("5"))
attempt("percent c long", lambda: "%c" % S("ab"))
attempt("bytes percent d", lambda: b"%d" % b"a")
attempt("bytes no encoding", lambda: bytes(S("x")))
attempt("encoding type", lambda: "x".encode(S("nope")))
attempt("keywords", lambda: (lambda **kw: kw)(**{S("k"): 1, 2: 3}))


class E(str):
    def __eq__(self, other):
        return True


attempt("unhashable", lambda: hash(E("a")))
attempt("eq override", lambda: (E("a") == "b", "b" == E("a"), E("a") != "b"))
raise ValueError(S("boom"))
