# The same countdown in the main thread alone: the interpreter's own speed, for comparison.
N = 6_000_000


def countdown(n):
    while n > 0:
        n -= 1


countdown(N)
