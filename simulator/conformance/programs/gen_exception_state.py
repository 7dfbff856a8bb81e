# A generator keeps the exception its own code handles; sys.exc_info() and __context__ see through to its resumer.
import sys
def g():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[1]
        print("resumed sees", repr(sys.exc_info()[1]))
    print("after except in gen:", sys.exc_info()[1])
    yield
    raise KeyError("from gen")
x = g()
print(repr(next(x)))
print("caller sees", sys.exc_info()[1])
try:
    raise TypeError("caller")
except TypeError:
    next(x)
    try:
        next(x)
    except KeyError as e:
        print("context", repr(e.__context__))
try:
    raise IndexError
except IndexError:
    pass
print(sys.exc_info())
def g2():
    try:
        yield 1
    except ValueError:
        print("in gen except", sys.exc_info()[1])
        yield 2
        print("back in gen except", sys.exc_info()[1])
    print("gen after", sys.exc_info()[1])
    yield 3
y = g2()
next(y)
try:
    raise TypeError("outer")
except TypeError:
    print(y.throw(ValueError("thrown")))
print(next(y), sys.exc_info()[1])
try:
    raise OSError("o")
except OSError:
    print(next(y, "end"))
async def co():
    try:
        raise ZeroDivisionError
    except ZeroDivisionError:
        await Yielder()
        print("co resumed", repr(sys.exc_info()[1]))
class Yielder:
    def __await__(self):
        yield "y"
c = co()
c.send(None)
print("outside co", sys.exc_info())
try:
    c.send(None)
except StopIteration:
    pass
