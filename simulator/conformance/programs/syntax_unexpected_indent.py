# An indented line where no block was opened.
from collections import Counter

WORDS = "a b a c".split()


def most_common_word(words):
    return Counter(words).most_common(1)[0][0]


print("most common:", most_common_word(WORDS))

total = 0
for n in range(3):
    total += n
    print(total)
        print("done")
