# Python 2 style "except X, e".
from collections import Counter

WORDS = "a b a c".split()


def most_common_word(words):
    return Counter(words).most_common(1)[0][0]


print("most common:", most_common_word(WORDS))

try:
    value = int("x")
except ValueError, e:
    print("bad value", e)
