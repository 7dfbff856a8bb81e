# RecursionError can be caught; the stack is usable again afterwards.
def depth(n):
    return depth(n + 1)


def count_down(n):
    if n == 0:
        return "bottom"
    return count_down(n - 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError), type(e).__mro__[1].__name__)
print(count_down(500))


class Node:
    def __init__(self):
        self.next = self

    def __repr__(self):
        return f"Node({self.next!r})"


try:
    repr(Node())
except RecursionError as e:
    print("RecursionError in repr:", e)
nested = []
for _ in range(2000):
    nested = [nested]
try:
    str(nested)
except RecursionError as e:
    print("RecursionError in str:", e)
cyclic = [1, 2]
cyclic.append(cyclic)
print(cyclic)
d = {"self": None}
d["self"] = d
print(d)
