# range objects: repr, len, indexing, slicing, membership, equality and errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], 11 in r, 12 in r, r.index(14), r.count(5))
print(range(5), range(0), range(5, 0, -1), list(range(5, 0, -1)), list(range(0, -10, -4)), list(range(3, 3)))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 7, 2) == range(1, 6, 2), bool(range(0)))
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19 : 10 ** 19 + 3], big == range(0, 10 ** 20))
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(list(reversed(range(4))), sum(range(101)), max(range(7)), sorted(range(3), reverse=True))
print(r.start, r.stop, r.step, list(range(-3, 3)), list(range(10))[::3] == list(range(0, 10, 3)))
for i in range(3):
    print(i, end=" ")
print()
for args in [(1, 2, 0), (1.5,), ("3",)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
evens = range(0, 50, 2)
print(evens[10], evens.index(20), len(evens[5:15:3]), list(evens[5:15:3]))
