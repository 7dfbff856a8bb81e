# repr of strings: quote choice, escapes, non-printable and non-ASCII characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x07\x1b",
           "\r\x7f", "café", "日本語", "emoji 🐍", "\u200b", "\x85", "\N{BULLET}", ""]
for s in samples:
    print(repr(s), len(s), ascii(s))
print(str("tab\there"), "new\nline")
print(["a'b", 'c"d', "e\\f"], ("g\n",), {"k\t": "v\x01"})
raw = r"C:\new\table\x41"
print(raw, repr(raw), len(raw))
print("\x41\u0042\U00000043\101\N{LATIN SMALL LETTER E WITH ACUTE}")
print("""triple "quoted" with 'both'""", repr("""a
b"""))
print(repr(repr("x")), repr(str(1.5)), str(repr(None)))
