# Nested replacement fields inside format specs, nested quotes and multi-line f-strings.
value = 3.14159265
for width, precision in [(10, 2), (8, 4), (12, 0)]:
    print(f"[{value:{width}.{precision}f}]")
align, fill = "^", "*"
print(f"[{'mid':{fill}{align}11}]")
spec = ">+10.3f"
print(f"[{value:{spec}}]")
names = {"first": "Ada", "last": "Lovelace"}
print(f"{names['first']} {names['last']:>10} {len(names['last'])}")
print(f"{'quoted ' + 'concat'} {'-' * 5} {'a,b'.split(',')}")
width = max(len(k) for k in names)
for key, val in names.items():
    print(f"{key:<{width}} : {val:>{width + 4}}")
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25)]
report = (
    f"{'Item':<8}"
    f"{'Qty':>5}"
    f"{'Price':>8}\n"
    + "\n".join(f"{item:<8}{qty:>5}{price:>8.2f}" for item, qty, price in rows)
)
print(report)
msg = f"""multi
line {value:.1f}
  indented {names['first']}"""
print(msg)
nested = f"{f'{value:.2f}':>8}"
print(repr(nested))
print(f"{value!r:>20}", f"{str(value)[:4]}", f"{value:.{len(names)}f}")
