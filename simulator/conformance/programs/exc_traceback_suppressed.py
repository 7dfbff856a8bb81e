# raise ... from None hides the original exception in the traceback.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"unknown key {key!r}; known: {sorted(table)}") from None


table = {"b": 2, "a": 1}
print(lookup(table, "a"))
print(lookup(table, "z"))
