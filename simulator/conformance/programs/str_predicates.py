# The is* predicates over a range of inputs.
samples = ["abc", "ABC", "Abc Def", "abc123", "123", "12.5", "", " \t\n", "½", "²", "٣", "_name", "2nd", "class", "Ünïcode"]
checks = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle",
          "isidentifier", "isascii", "isprintable"]
print("sample".ljust(10), " ".join(c[2:6] for c in checks))
for sample in samples:
    flags = ["T" if getattr(sample, c)() else "." for c in checks]
    print(repr(sample).ljust(10), "    ".join(flags))


def parse_number(text):
    text = text.strip()
    if text.lstrip("-").isdigit():
        return int(text)
    return None


print([parse_number(t) for t in ["42", " -7 ", "4.2", "abc", "-", "007"]])
password = "Secr3t!pass"
print(any(c.isupper() for c in password), any(c.isdigit() for c in password), all(c.isalnum() for c in password))
print(sum(1 for c in password if c.islower()), [c for c in password if not c.isalnum()])
