# functools.partial and functools.reduce.
from functools import partial, reduce
import operator


def power(base, exponent):
    return base ** exponent


square = partial(power, exponent=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square(base=3), two_to(exponent=3))
print(square.func is power, square.args, square.keywords, two_to.args)
int_from_binary = partial(int, base=2)
print(int_from_binary("1011"), list(map(int_from_binary, ["1", "10", "111"])))
show = partial(print, "[log]", sep=" | ")
show("one", "two")
show("override", sep=" ~ ")
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(operator.add, [], 0))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]), reduce(operator.add, ["a"]))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
nested = {"a": {"b": {"c": 42}}}
print(reduce(operator.getitem, ["a", "b", "c"], nested))
print(reduce(lambda acc, w: {**acc, w: acc.get(w, 0) + 1}, "abracadabra", {}))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
add3 = partial(partial(lambda a, b, c: a + b + c, 1), 2)
print(add3(3), add3.args)
