# Building strings: concatenation, f-strings, join and methods.
parts = []
line = ""
for i in range(1_000_000):
    word = f"item{i % 97}"
    line += word[0]
    if len(line) > 60:
        parts.append(line.upper())
        line = ""
text = "-".join(parts)
print(len(text), text[:40], text.count("I"))
