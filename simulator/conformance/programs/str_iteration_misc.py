# Iterating over strings, comparing, sorting and counting characters.
word = "Mississippi"
for i, ch in enumerate(word[:4]):
    print(i, ch)
print(list(reversed(word)), sorted(word), sorted(set(word)), sorted(word, key=str.lower))
print(max(word), min(word), word.count("s"), word.lower().count("m"))
counts = {}
for ch in word.lower():
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print([c for c in "a1b2c3" if c.isdigit()], "".join(c for c in "a1b2c3" if c.isalpha()))
print(list(zip("abc", "xyz")), ["".join(pair) for pair in zip("abc", "123")])
vowels = set("aeiou")
sentence = "the quick brown fox"
print(sum(1 for c in sentence if c in vowels), [w for w in sentence.split() if w[0] in vowels or len(w) > 4])
print([ord(b) - ord(a) for a, b in zip("abcz", "bdfa")])
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, xyz")
print(caesar)
print(ord("a") < ord("b"), "b" > "a", "a" * 3 < "b", "10" < "9", "abc".__len__(), "abc".__contains__("b"))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
