# A call missing an argument, uncaught, shows the traceback and the TypeError.
def area(width, height):
    return width * height


def report(shapes):
    for shape in shapes:
        print("area", area(*shape))


print(area(3, 4))
report([(1, 2), (3, 4)])
print(area(5))
