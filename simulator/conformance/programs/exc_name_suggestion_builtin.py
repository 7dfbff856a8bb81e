# A misspelled built-in: the suggestion comes from the builtins.
numbers = [3, 1, 2]


def summary(values):
    return {"min": min(values), "sum": sum(values)}


print(summary(numbers))
print("sorted:", sorted(numbers))
print("length:", len(numbers))
print("maximum:", maxx(numbers))
