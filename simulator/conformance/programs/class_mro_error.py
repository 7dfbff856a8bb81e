# An inconsistent hierarchy raises TypeError at class creation.
class A:
    pass


class B(A):
    pass


try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class X:
    pass


class Y:
    pass


class P(X, Y):
    pass


class Q(Y, X):
    pass


try:
    class R(P, Q):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print("classes that worked:", [k.__name__ for k in P.__mro__], [k.__name__ for k in Q.__mro__])
