# getattr/setattr/hasattr/delattr, vars(), __dict__ and dir() on instances.
class Config:
    debug = False

    def __init__(self):
        self.host = "localhost"
        self.port = 8080

    def url(self):
        return f"http://{self.host}:{self.port}"


c = Config()
print(getattr(c, "host"), getattr(c, "missing", "fallback"), hasattr(c, "url"), hasattr(c, "nope"))
setattr(c, "port", 9090)
setattr(c, "timeout", 30)
print(c.url(), c.timeout, vars(c))
for name in ("port", "debug", "url"):
    value = getattr(c, name)
    print(name, callable(value), value() if callable(value) else value)
delattr(c, "timeout")
print(vars(c), c.__dict__ is vars(c))
try:
    delattr(c, "timeout")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 42)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(c) if not n.startswith("__")])
settings = {"host": "example.org", "port": 443, "debug": True}
for key, value in settings.items():
    setattr(c, key, value)
print(c.url(), c.debug, Config.debug, sorted(vars(c)))
c.__dict__["injected"] = "via dict"
print(c.injected, "injected" in dir(c))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
