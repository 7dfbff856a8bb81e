# A three-link chain mixing explicit cause and implicit context.
def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise KeyError("bad value") from e


def main():
    try:
        load("x")
    except KeyError:
        cleanup = None
        cleanup.close()


main()
