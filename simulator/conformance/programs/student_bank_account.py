# Student program: a bank account class with validation, history and a custom exception.
class InsufficientFundsError(Exception):
    pass


class BankAccount:
    interest_rate = 0.02
    _next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = [("open", balance)]
        self.number = BankAccount._next_number
        BankAccount._next_number += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFundsError(f"cannot withdraw {amount}: balance is {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def add_interest(self):
        interest = round(self._balance * self.interest_rate, 2)
        self.deposit(interest)
        return interest

    def __str__(self):
        return f"#{self.number} {self.owner}: {self._balance:.2f}"


alice = BankAccount("Alice", 100)
bob = BankAccount("Bob")
alice.deposit(50)
alice.transfer(bob, 70)
print(alice, "|", bob)
for action, amount in [("withdraw", 500), ("deposit", -5), ("withdraw", 30)]:
    try:
        getattr(bob, action)(amount)
        print(f"{action} {amount}: ok -> {bob.balance}")
    except (InsufficientFundsError, ValueError) as e:
        print(f"{action} {amount}: {type(e).__name__}: {e}")
print("interest:", alice.add_interest(), "->", alice)
for kind, amount in alice.history:
    print(f"  {kind:<8}{amount:>8.2f}")
try:
    alice.balance = 1_000_000
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([alice, bob], key=lambda acct: acct.balance)[0].owner)
