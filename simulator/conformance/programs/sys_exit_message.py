# sys.exit with a string prints the message to stderr and exits with status 1.
import sys

config = {"mode": "fast"}
print("checking config")
if "output" not in config:
    sys.exit("error: no output configured")
print("never printed")
