# chain, islice, accumulate, groupby, zip_longest, starmap, takewhile, dropwhile, tee and friends.
import operator
from itertools import accumulate, chain, compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap
from itertools import takewhile, tee, zip_longest

print(list(chain("ab", [1, 2], range(2))), list(chain.from_iterable(["xy", "z"])))
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate("abc")))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"])
for letter, group in groupby(data, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print(["".join(g) for _, g in groupby("112223")])
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "wxyz", fillvalue="-")))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(operator.add, zip("ab", "cd"))))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(filterfalse(str.isdigit, "a1b2")), list(pairwise("abcd")))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
first, second, third = tee("xy", 3)
print(list(first), list(second), list(third))
readings = [3, 5, 5, 6, 2, 2, 2, 9]
runs = [(value, sum(1 for _ in group)) for value, group in groupby(readings)]
print(runs, max(runs, key=lambda r: r[1]))
balance = list(accumulate([100, -20, -50, 30, -80]))
print(balance, list(dropwhile(lambda b: b >= 0, balance)))
