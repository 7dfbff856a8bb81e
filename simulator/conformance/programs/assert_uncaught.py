# A failing assert with a message ends the program with a traceback.
def average(values):
    assert len(values) > 0, "average() of an empty list"
    return sum(values) / len(values)


print(average([2, 4, 9]))
print(average([]))
