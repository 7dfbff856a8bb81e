# sys.exit(True) exits with status 1 and prints nothing; sys.exit(False) would be 0.
import sys

print("flag-based exit")
failed = [name for name in ("a", "b") if name == "b"]
print("failures:", failed)
sys.stdout.flush()
sys.exit(bool(failed))
