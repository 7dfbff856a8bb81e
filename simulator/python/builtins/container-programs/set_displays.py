# Set displays of constants are frozenset constants in CPython, built up to three times; their order shows it.
alpha = 1


def mango(ham):
    return ham


print({'apple', 'banana', 'cherry', 'date'}, {'one', 'two', 'three'}, {'a', 'b', 'c', 'd', 'e'})
print({'kiwi', 'fig', 'plum', 'pear', 'spam', 'eggs'}, {'alpha', 'beta', 'gamma', 'delta'})
print({'mango', 'ham', 'north', 'south'}, {'path', 'name', 'value', 'data', 'items'})
print([w for w in {'red', 'green', 'blue', 'cat', 'dog'}], {'x', 'y', 'z', 'g', 'u', '_'})
for w in {'result', 'self', 'args', 'count', 'total'}:
    print(w, end=' ')
print()
print('fig' in {'kiwi', 'fig', 'plum'}, {(1, 2), (2, 1), 'a', 3.5}, {-1, -2, 0, 1}, {(1, (2, 3)), 4, 'q1'})
first = {'beta', 'alpha', 'gamma', 'delta'}
again = {'delta', 'gamma', 'alpha', 'beta'}
print(first, again, {1, 2, 3}, {3, 2, 1}, {5, 13, 21}, {1000, 2000, 3000, 7, 8})
