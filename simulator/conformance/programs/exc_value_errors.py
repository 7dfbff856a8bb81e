# Messages of common ValueErrors and related conversion errors.
import math

cases = [
    lambda: int("abc"),
    lambda: int("12", base=2),
    lambda: float("x1.5"),
    lambda: float(""),
    lambda: complex("1+"),
    lambda: math.sqrt(-4),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: [1, 2].index(3),
    lambda: "abc".index("d"),
    lambda: (1, 2).index(5),
    lambda: [].remove(0),
    lambda: "a,b".split(""),
    lambda: range(1, 5, 0),
    lambda: int("٣") + int("1_000") + int(" 7\n"),
    lambda: "{:q}".format(1),
    lambda: "x".center(3, "ab"),
    lambda: bytes([300]),
    lambda: b"\x80".decode(),
    lambda: max([]),
    lambda: min([], key=len),
    lambda: "abc".encode("no-such-codec"),
    lambda: dict([(1, 2, 3)]),
    lambda: list(zip([1], [2, 3], strict=True)),
]
for i, case in enumerate(cases):
    try:
        print(i, "->", case())
    except (ValueError, TypeError, LookupError) as e:
        print(i, type(e).__name__ + ":", e)
