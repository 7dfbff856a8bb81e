# Student program: a singly linked list class with iteration, indexing and reversal.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push_front(v)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            current = self.head
            while current.next:
                current = current.next
            current.next = node
        self.size += 1

    def __iter__(self):
        current = self.head
        while current:
            yield current.value
            current = current.next

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if not -self.size <= index < self.size:
            raise IndexError("linked list index out of range")
        for i, value in enumerate(self):
            if i == index % self.size:
                return value

    def reverse(self):
        previous, current = None, self.head
        while current:
            current.next, previous, current = previous, current, current.next
        self.head = previous

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"


lst = LinkedList([3, 1, 4])
lst.append(1)
lst.push_front(5)
print(lst, len(lst), lst[0], lst[-1], 4 in lst, sum(lst))
lst.reverse()
print(lst, list(lst), sorted(lst))
print(LinkedList(), len(LinkedList()), LinkedList("ab"))
try:
    lst[10]
except IndexError as e:
    print("IndexError:", e)
