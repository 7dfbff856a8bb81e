# sum with start, min/max with key and default, and their errors.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([]), sum(range(5), start=-10), sum([True, True]))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1.5, 2, 3]))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max([1, 5], [1, 2, 9]))
words = ["kiwi", "fig", "banana", "apple"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default="empty"), max([], default=None), min([7], default=0), max((x for x in []), default=-1))
print(max([3, 3.0]), max([3.0, 3]), min([1, True]), max(["b", "a"], key=str.upper))
scores = {"ann": 90, "bob": 72, "cyd": 90}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]), max(scores.values()))
for bad in (lambda: max([]), lambda: min(), lambda: sum(["a", "b"]), lambda: max(1, 2, default=0), lambda: sum([1], "")):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1e100, 1.0, -1e100]), sum(x * x for x in range(4)))
