# A triple-quoted string that never ends.
from collections import Counter

WORDS = "a b a c".split()


def most_common_word(words):
    return Counter(words).most_common(1)[0][0]


print("most common:", most_common_word(WORDS))


def documented():
    """Returns a constant.

    The closing quotes are missing.
    return 42


print(documented())
