# sort/sorted with key and reverse, stability and multi-key ordering.
nums = [5, -2, 9, 0, -7, 3]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
records = [("ann", "B", 82), ("bob", "A", 90), ("cyd", "B", 75), ("dee", "A", 90), ("eve", "C", 82)]
by_score = sorted(records, key=lambda r: r[2], reverse=True)
print([r[0] for r in by_score])
by_grade_then_score = sorted(sorted(records, key=lambda r: -r[2]), key=lambda r: r[1])
print([r[0] for r in by_grade_then_score])
print([r[0] for r in sorted(records, key=lambda r: (r[1], -r[2], r[0]))])
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
stable = [("x", 1), ("y", 1), ("z", 0), ("w", 1)]
print(sorted(stable, key=lambda p: p[1]), sorted(stable, key=lambda p: p[1], reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted([[2, 1], [1, 9], [2]]))
matrix = [[3, 4], [1, 2], [3, 1]]
matrix.sort(key=lambda row: sum(row))
print(matrix)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
result = nums.sort()
print(result, nums)
