# Nested dictionaries: building, walking and reporting.
students = {
    "ann": {"math": 90, "art": 75, "tags": ["club"]},
    "bob": {"math": 62, "art": 88, "tags": []},
    "cyd": {"math": 77, "art": 91, "tags": ["band", "club"]},
}
for name, grades in students.items():
    scores = [v for k, v in grades.items() if k != "tags"]
    print(f"{name}: avg={sum(scores) / len(scores):.1f} tags={','.join(grades['tags']) or '-'}")
by_tag = {}
for name, grades in students.items():
    for tag in grades["tags"]:
        by_tag.setdefault(tag, []).append(name)
print(by_tag)
best = {subject: max(students, key=lambda n: students[n][subject]) for subject in ("math", "art")}
print(best)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)


def depth(node):
    return 1 + max((depth(child) for child in node.values()), default=0)


def walk(node, indent=0):
    for key, child in node.items():
        print("  " * indent + key + ("/" if child else ""))
        walk(child, indent + 1)


print(depth(tree))
walk(tree)
config = {"db": {"host": "localhost", "port": 5432}}
print(config["db"]["port"], config.get("cache", {}).get("size", 128))
flat = {f"{outer}.{inner}": v for outer, sub in config.items() for inner, v in sub.items()}
print(flat)
