# Assigning to a literal, with the 3.11 hint about comparison.
from collections import Counter

WORDS = "a b a c".split()


def most_common_word(words):
    return Counter(words).most_common(1)[0][0]


print("most common:", most_common_word(WORDS))

x = 3
if x = 3:
    print("three")
