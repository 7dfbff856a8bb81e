# A failing call in the middle of a longer line is underlined with ^ markers.
def fetch(table, key):
    return table[key]


inventory = {"apples": 3, "pears": 5}
print("apples", fetch(inventory, "apples"))
summary = "pears=" + str(fetch(inventory, "pears")) + " plums=" + str(fetch(inventory, "plums")) + "."
print(summary)
