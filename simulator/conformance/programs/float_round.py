# round() uses round-half-even on the exact binary value; so do %-format and format specs.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1.005, 2.5000001]:
    print(x, round(x), round(x, 2), type(round(x)).__name__)
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5, 1), round(7.0), round(7.0, 0), round(2.5, None))
print("%.2f" % 0.125, "%.2f" % 0.375, "%.2f" % 2.675, "%.1f" % 0.25, "%.0f" % 0.5, "%.0f" % 1.5)
print(format(0.125, ".2f"), format(2.5, ".0f"), format(1e-10, ".3f"), format(-0.0001, ".2f"))
print(f"{1 / 3:.5f} {2 / 3:.3f} {10 / 3:.0f} {1.23456e10:.2f}")
print("%.3e" % 12345.678, "%g" % 0.00001234, "%g" % 123456789.0, "%g" % 100.0)
prices = [19.995, 4.005, 0.045, 100.0, 1234.5]
for p in prices:
    print(f"{p:>10.2f} | {round(p, 2)!r:>8} | {p:.1%}")
print(sum(round(p, 1) for p in prices))
