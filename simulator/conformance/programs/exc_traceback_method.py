# Exception raised inside a method of a class, called from another method.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def pop_many(self, n):
        return [self.pop() for _ in range(n)]


s = Stack()
for i in range(3):
    s.push(i)
print(s.pop_many(2))
print(s.pop_many(2))
