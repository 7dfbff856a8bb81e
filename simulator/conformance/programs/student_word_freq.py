# Student program: word frequencies with Counter, normalisation and a small report.
from collections import Counter
import string

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

table = str.maketrans("", "", string.punctuation)
words = text.lower().translate(table).split()
counts = Counter(words)
print("total words:", len(words), "distinct:", len(counts))
print("top 5:", counts.most_common(5))
stop_words = {"it", "was", "the", "of"}
content = Counter(w for w in words if w not in stop_words)
print("top content words:")
for word, n in content.most_common(4):
    print(f"  {word:<12}{'#' * n} {n}")
by_length = Counter(len(w) for w in words)
print("lengths:", sorted(by_length.items()))
first_letters = Counter(w[0] for w in words)
print("letters:", "".join(sorted(first_letters)), first_letters.most_common(3))
once = sorted(w for w, n in counts.items() if n == 1)
print("hapax legomena:", once)
longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
lines = text.splitlines()
for number, line in enumerate(lines, 1):
    print(f"line {number}: {len(line.split()):>2} words, {sum(c.isalpha() for c in line):>3} letters")
