# 3.11 underlines the failing sub-expression with ~ and ^ markers.
def ratio(total, parts):
    return total / (parts - parts)


values = {"a": 1, "b": 2}
print("before")
result = values["a"] + values["b"] * 10 + ratio(5, 2)
print("unreachable", result)
