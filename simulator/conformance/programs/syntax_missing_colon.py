# A missing colon after an if condition: nothing runs, not even the first print.
print("this line never runs")


def check(n):
    if n > 0
        return "positive"
    return "non-positive"


print(check(3))
