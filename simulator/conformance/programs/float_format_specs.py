# Format-spec mini-language for floats: e, g, %, fill, sign, grouping.
x = 1234567.891
print(f"{x:e}|{x:.2e}|{x:E}|{x:g}|{x:.3g}|{x:G}|{x:n}")
print(f"{x:,.2f}|{x:_.3f}|{x:15.2f}|{x:<15.2f}|{x:^15.2f}|{x:*>15.1f}")
print(f"{x:+.1f}|{-x:+.1f}|{x: .1f}|{-x: .1f}|{x:=+15.1f}|{x:015.2f}")
print(f"{0.25:%}|{0.25:.0%}|{1 / 3:.2%}|{-0.5:.1%}")
print(f"{1e-5:g}|{1e-4:g}|{1e16:g}|{1e15:g}|{123.0:g}|{0.0:g}|{-0.0:g}")
print(f"{float('inf'):f}|{float('nan'):F}|{float('-inf'):10.2f}|{float('inf'):e}")
print(f"{3.0}|{3.0:}|{3.0:.0f}|{3.0:#.0f}|{3.14159:.10g}|{2.5:g}")
print(format(1e300 * 1e10, ""), format(12.0, "5"), format(12.5, "<8") + "|")
for width in (6, 8, 10):
    print(f"[{3.14159:{width}.{width - 4}f}]")
rows = [("apples", 3, 1.5), ("kiwis", 12, 0.25), ("melons", 1, 4.0)]
for name, qty, price in rows:
    print(f"{name:<8}{qty:>4}{price:>8.2f}{qty * price:>9.2f}")
print(f"{'total':<8}{sum(r[1] for r in rows):>4}{'':>8}{sum(r[1] * r[2] for r in rows):>9.2f}")
