# str.format with positional, indexed, named, attribute and item fields.
print("{} + {} = {}".format(1, 2, 3), "{1} {0} {1}".format("a", "b"), "{name} is {age}".format(name="Ann", age=31))
print("{0[0]} {0[2]} {1[key]} {1[n]}".format("xyz", {"key": "v", "n": 7}))


class Box:
    width = 3
    height = 4
    tags = ["small", "red"]


print("{b.width}x{b.height} {b.tags[1]}".format(b=Box))
print("{:<6}|{:^6}|{:>6}|".format("l", "c", "r"), "{:06.2f}".format(3.14159), "{:,}".format(10 ** 7))
print("{0:{1}}|{0:>{1}}|{2:.{3}f}".format("w", 5, 2.71828, 2))
print("{!r} {!s} {!a}".format("x", "y", "ü"), "{{}} {}".format("braces"))
data = {"host": "localhost", "port": 8080}
print("{host}:{port}".format(**data), "{host}:{port}".format_map(data))
point = (3, -4)
print("x={0[0]}, y={0[1]}".format(point), "{0}{1}{0}".format("ab", "-"))
cases = [
    ("{} {}", ("only",), {}),
    ("{2}", ("a", "b"), {}),
    ("{missing}", (), {}),
    ("{0} {}", ("a", "b"), {}),
    ("{0.nope}", (1,), {}),
    ("{:d}", ("str",), {}),
    ("{", (), {}),
]
for template, args, kwargs in cases:
    try:
        print(template.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(repr(template), "->", type(e).__name__ + ":", e)
