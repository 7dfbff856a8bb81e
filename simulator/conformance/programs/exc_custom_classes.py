# Custom exception classes: hierarchies, extra attributes, custom __str__, catching.
class AppError(Exception):
    """Base for this application's errors."""


class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class NotFound(AppError):
    def __init__(self, kind, key):
        self.kind, self.key = kind, key

    def __str__(self):
        return f"{self.kind} {self.key!r} not found"


class Retry(AppError):
    pass


def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "must not be empty")
    if user.get("age", 0) < 0:
        raise ValidationError("age", f"negative ({user['age']})")
    return "ok"


def find(users, key):
    if key not in users:
        raise NotFound("user", key)
    return users[key]


users = {"ann": {"name": "Ann", "age": 31}, "bad": {"name": "", "age": 3}, "neg": {"name": "N", "age": -1}}
for key in ("ann", "bad", "neg", "zed"):
    try:
        print(key, validate(find(users, key)))
    except ValidationError as e:
        print(key, "invalid:", e, "| field:", e.field, "| args:", e.args)
    except AppError as e:
        print(key, type(e).__name__ + ":", e, "| args:", e.args, "| repr:", repr(e))
print([k.__name__ for k in ValidationError.__mro__], AppError.__doc__)
print(repr(Retry()), str(Retry()), repr(Retry("a", 2)), str(Retry("a", 2)), Retry("x").args)
try:
    raise Retry("third attempt")
except (ValueError, AppError) as e:
    print("caught via tuple:", type(e).__name__, e)
err = NotFound("file", "a.txt")
print(err, err.args, isinstance(err, Exception))
