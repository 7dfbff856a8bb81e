# Sets of strings: iteration order is fixed by PYTHONHASHSEED=0, algebra results printed.
fruits = {"apple", "banana", "cherry", "date"}
print(fruits)
print(set("hello world"))
print({"a", "b", "c", "d", "e"}, {"x"}, {"one", "two", "three"})
tropical = {"banana", "mango", "papaya"}
print(fruits & tropical, fruits | tropical, fruits - tropical, fruits ^ tropical)
print(sorted(fruits | tropical), len(fruits | tropical))
words = "the cat and the dog and the bird".split()
unique = set(words)
print(unique, len(words), len(unique))
print([w for w in words if w in {"cat", "dog"}], {w.upper() for w in unique})
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order, seen)
print(frozenset(["b", "a"]), {frozenset(["x", "y"]), frozenset(["y", "x"])})
print({"key", ("tuple", 1), 42, 3.5})
