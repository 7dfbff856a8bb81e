# Two expressions side by side: 3.11 suggests a missing comma (adjacent strings are fine, they concatenate).
from collections import Counter

WORDS = "a b a c".split()


def most_common_word(words):
    return Counter(words).most_common(1)[0][0]


print("most common:", most_common_word(WORDS))

colors = ["red", "green" "blue"]
sizes = [1, 2 3]
print(colors, sizes)
