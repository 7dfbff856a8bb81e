# Slicing sequences with positive, negative and stepped bounds.
s = "abcdefghij"
nums = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-4:-1], s[::2], s[1::3], s[::-1], s[-1:-5:-1], s[8:2:-2])
print(s[5:2], s[100:], s[-100:3], s[3:3], s[::-3], repr(s[10:]), s[:])
print(nums[1:8:2], nums[::-2], nums[9:0:-3], nums[-2::-4], nums[:100], nums[-1], nums[-10])
t = tuple(nums)
print(t[2:4], t[::5], t[5:0:-1], type(t[1:2]).__name__)
r = range(0, 20, 3)
print(r[2:5], list(r[2:5]), r[::-1], list(r[::-1]), r[-1])
copy = nums[:]
print(copy == nums, copy is nums)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1:] for row in matrix[:2]], matrix[-1][::-1], [row[i] for i, row in enumerate(matrix)])
word = "racecar"
print(word == word[::-1], "python"[::-1], "python"[1:-1])
for text, bad in [("s[1.5]", lambda: s[1.5]), ("s[10]", lambda: s[10]), ("s['a':]", lambda: s["a":]), ("nums[-11]", lambda: nums[-11])]:
    try:
        print(bad())
    except (TypeError, IndexError) as e:
        print(text, "->", type(e).__name__ + ":", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
