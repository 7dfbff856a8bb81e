# assert with and without messages, caught and inspected.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n


print(check_positive(5))
for value in (-1, 0):
    try:
        check_positive(value)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args, str(e) == "")
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-string message:", e.args[0])
assert True, "never evaluated " + 1
x = [1, 2, 3]
assert len(x) == 3 and x[0] == 1
print("assertions passed", isinstance(AssertionError(), Exception))
