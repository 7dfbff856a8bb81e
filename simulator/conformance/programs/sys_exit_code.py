# sys.exit with an integer status: no traceback, just the exit status.
import sys


def main(argv):
    print("arguments:", len(argv))
    errors = ["missing input", "bad flag"]
    for error in errors:
        print("error:", error, file=sys.stderr)
    return 3 if errors else 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    print("exiting with", code)
    sys.exit(code)
    print("never printed")
