# An exception raised inside a generator while a consumer iterates it.
def read_numbers(lines):
    for line in lines:
        yield int(line.strip())


def total(lines):
    result = 0
    for number in read_numbers(lines):
        result += number
    return result


print(total(["1", " 2 ", "3\n"]))
print(total(["4", "five", "6"]))
