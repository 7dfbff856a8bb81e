# Catching ImportError/ModuleNotFoundError for an absent module and falling back.
try:
    import numpy
    HAVE_NUMPY = True
except ImportError as e:
    HAVE_NUMPY = False
    print(type(e).__name__, "|", e, "|", e.name, "|", isinstance(e, ImportError))
try:
    from numpy import array
except ModuleNotFoundError as e:
    print("from-import:", e)
try:
    import numpy.linalg
except ModuleNotFoundError as e:
    print("dotted:", e)
try:
    from sys import argv, nothing_here
except ImportError as e:
    print("missing name:", e, "| name:", e.name)
print(HAVE_NUMPY, issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)


def mean(values):
    if HAVE_NUMPY:
        return "numpy"
    return sum(values) / len(values)


print(mean([1, 2, 3, 4]))
