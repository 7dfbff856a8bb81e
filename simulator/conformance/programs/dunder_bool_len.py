# Truthiness: __bool__ first, then __len__, otherwise always true.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def __bool__(self):
        print(f"  __bool__ on {self.balance}")
        return self.balance > 0


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        print(f"  __len__ -> {len(self.items)}")
        return len(self.items)


class Always:
    pass


for obj in (Account(10), Account(0), Bag(), Bag(1, 2), Always()):
    print(type(obj).__name__, "truthy" if obj else "falsy")
print(bool(Account(5)), not Bag(), Bag(3) and "has items", Account(-1) or "fallback")
print([type(o).__name__ for o in (Bag(), Bag(0)) if o])


class WrongBool:
    def __bool__(self):
        return 1


class NegativeLen:
    def __len__(self):
        return -1


for obj in (WrongBool(), NegativeLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
x = Account(3)
while x:
    x.balance -= 2
print("final balance", x.balance)
