# operator: arithmetic functions, itemgetter, attrgetter, methodcaller.
import operator
from operator import attrgetter, itemgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 5), operator.neg(4), operator.not_(0), operator.truth([1]), operator.abs(-2))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.contains([1, 2], 2), operator.getitem("abc", 1))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.index(7))
print(operator.concat([1], [2]), operator.is_(None, None), operator.is_not(1, None))
rows = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cyd", 31, "lima")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0), reverse=True))
print(itemgetter(0)(rows), itemgetter(0, 2)("abc"), list(map(itemgetter("k"), [{"k": 1}, {"k": 2}])))


class Item:
    def __init__(self, name, price, meta):
        self.name, self.price, self.meta = name, price, meta

    def total(self, qty, tax=0):
        return self.price * qty + tax


items = [Item("pen", 2, Item("x", 0, None)), Item("ink", 7, Item("y", 1, None)), Item("pad", 4, Item("z", 2, None))]
print([i.name for i in sorted(items, key=attrgetter("price"))], attrgetter("name", "price")(items[1]))
print(attrgetter("meta.name")(items[0]), [attrgetter("meta.price")(i) for i in items])
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("total", 3, tax=1)(items[0]))
values = [5, 3, 8]
values_ops = {"+": operator.add, "-": operator.sub, "*": operator.mul}
print({sym: f(10, 4) for sym, f in values_ops.items()})
x = [1]
print(operator.iadd(x, [2]), x, operator.itemgetter(slice(1, None))("hello"))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
