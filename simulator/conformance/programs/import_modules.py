# import forms for the allowed standard modules, and the __main__ guard.
import math
import itertools as it
from collections import Counter, deque as Deque
from functools import reduce
from operator import mul, add
import sys
import string


def main():
    print(math.sqrt(16), math.pi > 3, it.__name__, Deque.__name__, Counter("aab")["a"])
    print(reduce(mul, range(1, 6)), reduce(add, ["a", "b", "c"]), string.digits)
    print(type(math).__name__, math.__name__, sys.version_info[:2] >= (3, 11), sys.version_info.major)
    print(__name__, [m for m in ("math", "itertools") if m in sys.modules])
    from math import floor as fl, ceil
    print(fl(2.7), ceil(2.1))
    try:
        from sys import not_a_function
    except ImportError as e:
        print("ImportError:", e)


if __name__ == "__main__":
    main()
else:
    print("imported, not run")
print(isinstance(sys.argv, list), len(sys.argv))
