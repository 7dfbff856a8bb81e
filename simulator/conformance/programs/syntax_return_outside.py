# return at module level.
from collections import Counter

WORDS = "a b a c".split()


def most_common_word(words):
    return Counter(words).most_common(1)[0][0]


print("most common:", most_common_word(WORDS))

values = [3, 1, 2]
for v in values:
    if v == 1:
        return v
print("unreachable")
