# if/elif/else chains and nested conditions.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


print([grade(s) for s in (95, 90, 85, 72, 69, 0)])
print(" ".join(fizzbuzz(n) for n in range(1, 21)))
for year in (1900, 2000, 2023, 2024):
    if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        kind = "leap"
    else:
        kind = "common"
    print(year, kind)
for value in (0, None, [], "x", -3, [0]):
    if value is None:
        print("None")
    elif not value:
        print(repr(value), "is falsy")
    elif isinstance(value, int) and value < 0:
        print(value, "negative")
    else:
        print(repr(value), "other")
x = 15
if x > 10:
    if x % 2:
        print("odd and big")
    else:
        print("even and big")
if x:
    pass
print("done")
