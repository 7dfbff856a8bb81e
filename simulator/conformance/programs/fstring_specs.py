# f-strings with format specs: width, alignment, fill, sign, precision, types, grouping.
n, x, s = 42, 3.14159, "py"
print(f"[{n}] [{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}] [{n:+}] [{-n:+}] [{n: }] [{n:*^7}]")
print(f"[{x:.2f}] [{x:8.3f}] [{x:<8.1f}] [{x:e}] [{x:.0f}] [{x:%}] [{x:g}] [{x:+.1e}]")
print(f"[{s}] [{s:5}] [{s:>5}] [{s:^6}] [{s:_<4}] [{s:.1}] [{'long text':.4}] [{s!r:>6}]")
print(f"[{n:b}] [{n:o}] [{n:x}] [{n:X}] [{n:#b}] [{n:#o}] [{n:#x}] [{n:c}] [{1234567:,}] [{1234567:_d}]")
print(f"[{255:08b}] [{255:#010x}] [{-255:#x}] [{3:=+6}] [{-3:=6}] [{10**10:,}] [{0.5:=^+9.2f}]")
print(f"[{True}] [{True:d}] [{True:>6}] [{None!s:>6}] [{None}]")
print(f"{'left':<10}|{'center':^10}|{'right':>10}|")
print(f"{1e100:.3g} {1e-100:.3e} {12345.6789:,.2f} {0.000123:.2e} {1/7:.15f}")
for bad_spec in ["d", "s", ",s"]:
    try:
        print(format(3.5, bad_spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(f"{'text':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{42:s}")
except ValueError as e:
    print("ValueError:", e)
