# staticmethod and classmethod: alternate constructors, inheritance and call forms.
class Date:
    separator = "-"

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        year, month, day = map(int, text.split(cls.separator))
        return cls(year, month, day)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __str__(self):
        return f"{self.year:04d}{self.separator}{self.month:02d}{self.separator}{self.day:02d}"


class SlashDate(Date):
    separator = "/"


d = Date.from_string("2024-02-29")
s = SlashDate.from_string("1999/12/31")
print(d, type(d).__name__, s, type(s).__name__)
print(Date.is_leap(2024), d.is_leap(1900), SlashDate.is_leap(2000))


class Counter:
    instances = 0

    def __init__(self):
        type(self).instances += 1

    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"


class SubCounter(Counter):
    instances = 0


Counter()
Counter()
SubCounter()
print(Counter.how_many(), SubCounter.how_many(), SubCounter().how_many())
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
print(Date.is_leap is d.is_leap, Date.from_string.__self__ is Date, Date.from_string.__name__)
try:
    Date.__init__(1, 2, 3, 4)
except AttributeError as e:
    print("AttributeError:", e)
