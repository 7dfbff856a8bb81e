# An uncaught NameError: 3.11 appends a "Did you mean" suggestion for a close name.
def total_price(items):
    subtotal = sum(items)
    return subtotl * 1.2


print("start", total_price.__name__)
print(total_price([1, 2, 3]))
