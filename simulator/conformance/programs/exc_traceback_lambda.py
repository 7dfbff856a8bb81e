# An exception inside a lambda used as a sort key.
records = [{"name": "ann", "age": 31}, {"name": "bob"}, {"name": "cyd", "age": 25}]
print(sorted(r["name"] for r in records))
by_name = sorted(records, key=lambda r: r["name"], reverse=True)
print([r["name"] for r in by_name])
ages = [r.get("age", 0) for r in records]
print(ages)
by_age = sorted(records, key=lambda r: r["age"])
print(by_age)
