# A counting loop at module level, as students write it.
total = 0
i = 0
while i < 5_000_000:
    if i % 3 == 0:
        total += i
    i += 1
print(total)
