# The same keyword argument twice in one call.
from collections import Counter

WORDS = "a b a c".split()


def most_common_word(words):
    return Counter(words).most_common(1)[0][0]


print("most common:", most_common_word(WORDS))


def show(a, b):
    print(a, b)


show(a=1, a=2)
