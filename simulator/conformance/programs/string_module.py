# The string module: constants, Template substitution and capwords.
import string
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
t = Template("Hello $name, you owe $$${amount} to ${creditor}s.")
print(t.substitute(name="Ann", amount="12.50", creditor="Bob"))
print(t.safe_substitute(name="Cyd"))
print(Template("$x + $x = $y").substitute({"x": 2, "y": 4}))
try:
    t.substitute(name="Dee")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
print(t.template, Template("$who").substitute(who="me"), Template("no placeholders").substitute())
password = "Tr0ub4dor&3"
classes = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
print([sum(c in cls for c in password) for cls in classes])
print("".join(c for c in "Hello, World! 123" if c not in string.punctuation))
table = str.maketrans("", "", string.punctuation)
print("It's -- well, \"fine\".".translate(table))
