# for/while with else, break and continue.
def find(needle, haystack):
    for i, item in enumerate(haystack):
        if item == needle:
            print("found", needle, "at", i)
            break
    else:
        print(needle, "not found")


find(3, [1, 2, 3, 4])
find(9, [1, 2, 3])
find(1, [])
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
while True:
    n -= 1
    if n == 1:
        break
else:
    print("never printed")
print("after break n =", n)
primes = []
for candidate in range(2, 30):
    for p in primes:
        if p * p > candidate:
            primes.append(candidate)
            break
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
for row in range(3):
    for col in range(3):
        if col > row:
            break
        print((row, col), end=" ")
print()
total = 0
for x in []:
    total += x
else:
    print("empty loop else, total", total)
count = 0
while count < 5:
    count += 1
    if count == 3:
        continue
    print("count", count)
else:
    print("while else after continue")
for i in range(3):
    pass
print("loop var after loop:", i)
