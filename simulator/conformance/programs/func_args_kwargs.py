# *args, **kwargs, keyword-only and positional-only parameters.
def describe(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(describe(), describe(1, 2), describe(a=1), describe(1, "x", k=[2], z=None))


def total(first, *rest, scale=1):
    return (first + sum(rest)) * scale


print(total(1), total(1, 2, 3), total(1, 2, scale=10), total(*range(5), scale=-1))


def kwonly(a, *, b, c=3):
    return a, b, c


print(kwonly(1, b=2), kwonly(a=1, c=0, b=9))


def posonly(a, b, /, c, *, d):
    return a, b, c, d


print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))


def collect(a, /, **kwargs):
    return a, kwargs


print(collect(1, a=2, b=3))


def full(a, b=2, /, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={kw}"


print(full(1, d=4))
print(full(1, 20, 30, 40, 50, d=4, f=6))
options = {"d": "D", "e": "E", "extra": True}
print(full(*[1, 2, 3], **options))


def forward(*args, **kwargs):
    return describe(*args, **kwargs)


print(forward(1, 2, three=3))
print(describe(*"ab", **dict(zip("xy", (8, 9)))))
