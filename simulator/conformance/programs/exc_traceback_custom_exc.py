# Raising a custom exception at module level: the traceback shows the qualified name.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} is less than {amount}")
        self.balance = balance
        self.amount = amount


balance = 100
for amount in (30, 50, 40):
    print("withdrawing", amount)
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    balance -= amount
