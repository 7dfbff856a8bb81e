# printf-style % formatting with single values, tuples and dicts.
print("%s and %s" % ("this", "that"), "%d items" % 5, "%5d|%-5d|%05d" % (42, 42, 42), "%+d %+d" % (5, -5))
print("%.2f %8.3f %-8.1f| %e %E %g" % (3.14159, 2.71828, 1.5, 12345.678, 0.00012, 1e-10))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%r %s %a" % ("quote", "plain", "é"), "%s" % [1, 2], "%s" % (None,), "%%d is literal")
print("%(name)s is %(age)d years, %(name)r" % {"name": "Bob", "age": 40})
print("%*d|%-*s|%.*f" % (6, 7, 4, "ab", 3, 1.0))
print("%s" % "single", "%s" % ((1, 2),), "%i" % 3.99, "%d" % True, "%s%%" % 50)
rows = [("apples", 3, 0.5), ("pears", 12, 0.75)]
for row in rows:
    print("%-8s x%3d @ %5.2f = %6.2f" % (row + (row[1] * row[2],)))
for template, value in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", {"j": 1}), ("%z", 1), ("%d", [1])]:
    try:
        print(template % value)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(template), "->", type(e).__name__ + ":", e)
