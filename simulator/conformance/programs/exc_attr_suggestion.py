# An uncaught AttributeError with 3.11's "Did you mean" suggestion.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance


acct = Account("ann")
acct.deposit(50)
print(acct.owner, acct.balance)
print(acct.balanse)
