# Every list method, with results and errors.
items = [3, 1, 4]
items.append(1)
items.extend([5, 9])
items.insert(0, 2)
items.insert(100, 6)
items.insert(-1, 7)
print(items, len(items))
print(items.index(1), items.index(1, 3), items.count(1), items.count(42))
print(items.pop(), items.pop(0), items.pop(-2), items)
items.remove(1)
print(items)
items.reverse()
print(items)
copy = items.copy()
copy.append("new")
print(items, copy)
items.sort()
print(items)
items.clear()
print(items, len(items))
for action in ["pop-empty", "remove-missing", "index-missing", "pop-out-of-range", "index-float"]:
    try:
        if action == "pop-empty":
            [].pop()
        elif action == "remove-missing":
            [1, 2].remove(3)
        elif action == "index-missing":
            ["a"].index("b")
        elif action == "pop-out-of-range":
            [1].pop(5)
        else:
            position = 1.0
            [1, 2][position]
    except (IndexError, ValueError, TypeError) as e:
        print(action, "->", type(e).__name__ + ":", e)
stack = []
for token in "1 2 + 3 *".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        right, left = stack.pop(), stack.pop()
        stack.append(left + right if token == "+" else left * right)
print("rpn result", stack)
print(items.append(1), items.sort(), items.extend([]), items)
