# bytes and bytearray: literals, indexing, slicing, encode/decode, repr.
b = b"hello\x00\xff\n"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), type(b[0]).__name__)
print(bytes([72, 105]), bytes(3), bytes("é", "utf-8"), b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat")
print(repr(b"quote'"), repr(b'both\'"'), b"\t\r\\", bytes(range(30, 35)))
print("naïve".encode(), "naïve".encode("utf-8").decode("utf-8"), b"caf\xc3\xa9".decode())
print(b"hello".hex(), bytes.fromhex("48 65 6c 6c 6f"), b"HeLLo".lower(), b"a,b,c".split(b","))
print(b"abc" == b"abc", b"abc" == "abc", b"abc" < b"abd", b" pad ".strip(), b"x".join([b"1", b"2"]))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".startswith(b"he"), b"hello".replace(b"l", b"L"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba.decode())
for attempt in [lambda: b"\xff".decode("utf-8"), lambda: bytes([256]), lambda: b"abc"[5]]:
    try:
        print(attempt())
    except (UnicodeDecodeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b"\xff".decode("utf-8", errors="replace"), b"\xffok".decode("latin-1"), b"%d-%s" % (5, b"x"))
