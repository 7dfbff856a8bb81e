# The failing call spans several lines: 3.11 shows and marks only its first line.
def combine(a, b, c):
    return a + b + c


print(combine(1, 2, 3))
total = combine(
    1,
    "two",
    3,
)
print(total)
