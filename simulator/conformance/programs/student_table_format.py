# Student program: formatting a report table with f-strings, alignment and totals.
sales = [
    ("North", "Widgets", 1520, 3.75),
    ("South", "Gadgets", 380, 12.5),
    ("East", "Widgets", 2204, 3.75),
    ("West", "Doohickeys", 75, 149.99),
    ("North", "Gadgets", 910, 12.5),
]
headers = ("Region", "Product", "Units", "Price", "Revenue")
widths = [8, 12, 7, 9, 12]
line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(line)
print("| " + " | ".join(f"{h:^{w}}" for h, w in zip(headers, widths)) + " |")
print(line.replace("-", "="))
total_units = total_revenue = 0
for region, product, units, price in sales:
    revenue = units * price
    total_units += units
    total_revenue += revenue
    cells = [f"{region:<{widths[0]}}", f"{product:<{widths[1]}}", f"{units:>{widths[2]},}",
             f"{price:>{widths[3]}.2f}", f"{revenue:>{widths[4]},.2f}"]
    print("| " + " | ".join(cells) + " |")
print(line)
print(f"| {'TOTAL':<{widths[0] + widths[1] + 3}} | {total_units:>{widths[2]},} | {'':>{widths[3]}} | "
      f"{total_revenue:>{widths[4]},.2f} |")
print(line)
by_region = {}
for region, _, units, price in sales:
    by_region[region] = by_region.get(region, 0) + units * price
for region, revenue in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = revenue / total_revenue
    print(f"{region:<6} {revenue:>10,.2f} {share:>7.1%} {'*' * round(share * 40)}")
print(f"{'average price per unit:':<25}{total_revenue / total_units:>8.3f}")
