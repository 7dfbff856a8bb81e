# Multiple inheritance with C3 linearisation and cooperative super() calls.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def who(self):
        return "Base"


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def who(self):
        return "Left>" + super().who()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def who(self):
        return "Right>" + super().who()


class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
        self.trail.append("Child")

    def who(self):
        return "Child>" + super().who()


c = Child()
print(c.trail)
print(c.who())
print([k.__name__ for k in Child.__mro__])
print([k.__name__ for k in Child.mro()])


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
class F: pass
class G(D, F): pass


for cls in (D, E, G):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
print([b.__name__ for b in D.__bases__], issubclass(G, A), isinstance(G(), C))


class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass


print([k.__name__ for k in Z.__mro__], [k.__name__ for k in W.__mro__])
