# strip family with and without arguments, replace, removeprefix/suffix, expandtabs, translate.
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."), "abc".strip("cba"))
print("a-b-c-d".replace("-", "+"), "a-b-c-d".replace("-", "", 2), "aaa".replace("a", "bb"), "abc".replace("", "|"))
print("hello".replace("l", "L", 1), "hello".replace("xyz", "!"), "mississippi".replace("ss", "SS"))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "file.py".removesuffix(".py"))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(2)))
table = str.maketrans("abc", "xyz", "!")
print("a big cab!".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))
dirty = ["  Alice ", "BOB\n", "\tcarol  ", "  "]
clean = [name.strip().capitalize() for name in dirty if name.strip()]
print(clean)
template = "Dear NAME, your order ORDER ships DATE."
for k, v in {"NAME": "Ann", "ORDER": "#123", "DATE": "today"}.items():
    template = template.replace(k, v)
print(template)
print(" ".join("  many   spaces   here ".split()))
