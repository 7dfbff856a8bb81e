# chr/ord and base conversions hex/oct/bin.
print([ord(c) for c in "AZaz09 ~"], [chr(n) for n in range(65, 71)], chr(0x263A), ord("€"), chr(128013))
print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(64), oct(-8), bin(5), bin(-5), bin(0))
print(int(hex(1234), 16), int(oct(1234), 8), int(bin(1234), 2), int(hex(-99), 0))
alphabet = "".join(chr(ord("a") + i) for i in range(26))
print(alphabet, alphabet.upper()[::5])


def rot13(text):
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


print(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
print(" ".join(f"{b:02x}" for b in "Hi!".encode()), " ".join(format(ord(c), "08b") for c in "AB"))
print(sum(ord(c) for c in "checksum") % 256, hex(sum(ord(c) for c in "checksum")))
for bad in (lambda: ord(""), lambda: ord(65), lambda: chr("A"), lambda: hex(1.5), lambda: chr(1.0)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
