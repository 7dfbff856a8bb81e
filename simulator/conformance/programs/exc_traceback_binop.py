# The marker points at the operator of a failing binary operation inside a longer line.
prices = [3, 4, 5]
count = 0
for price in prices:
    if price > 10:
        count += 1
total = sum(prices)
print("total", total)
average = round(total / count, 2) if prices else 0
print(average)
